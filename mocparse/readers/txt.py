"""Plain-text reader: encodings, tab-separated tables, lists, headings, form-feed pages."""

from __future__ import annotations

import codecs
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from mocparse.document import BlockKind, Document, DocumentBuilder, RawCell, RawRow, SourceInfo
from mocparse.errors import DocumentReadError, ErrorKind
from mocparse.nlp.morph import rejoin_broken_word
from mocparse.normalize import clean_text
from mocparse.readers.base import ReadOptions, check_text_length
from mocparse.readers.layout import complete_header, is_heading_line, looks_like_header_row, split_list_label

_BOM_CODECS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ARTIFACT = re.compile(r"\[bookmark: [^\]]*\]")
_BOLD = re.compile(r"^\*\*(.+?)\*\*$", re.DOTALL)


def decode_text(data: bytes, *, partial: bool = False) -> str | None:
    """Decode bytes of a text file (UTF-8 with or without BOM, UTF-16 with or without BOM,
    CP1251). Returns None when the bytes are not text. ``partial`` tolerates a cut last char."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], codec.removesuffix("-sig"), partial)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16, partial)
    if b"\x00" in data:
        return None
    if len(_CONTROL_BYTES.findall(data)) > max(2, len(data) // 200):
        return None
    text = _decode(data, "utf-8", partial)
    if text is not None:
        return text
    high = [byte for byte in data if byte >= 0x80]
    cyrillic = sum(1 for byte in high if byte >= 0xC0 or byte in (0xA8, 0xB8))
    if high and cyrillic / len(high) >= 0.8:
        return data.decode("cp1251", errors="replace")
    return None


def _decode(data: bytes, codec: str, partial: bool) -> str | None:
    try:
        decoder = codecs.getincrementaldecoder(codec)()
        return decoder.decode(data, final=not partial)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    # Cyrillic in UTF-16 has 0x04 as the high byte; Latin/ASCII has 0x00.
    even_high = sum(1 for byte in sample[0::2] if byte in (0x00, 0x04))
    odd_high = sum(1 for byte in sample[1::2] if byte in (0x00, 0x04))
    if odd_high > 0.9 * half and odd_zeros + sample[1::2].count(4) > 0.9 * half and even_zeros < 0.1 * half:
        return "utf-16-le"
    if even_high > 0.9 * half and even_zeros + sample[0::2].count(4) > 0.9 * half and odd_zeros < 0.1 * half:
        return "utf-16-be"
    return None


@dataclass
class _TableLines:
    rows: list[list[str]] = field(default_factory=list)


def read(path: Path, source: SourceInfo, options: ReadOptions) -> Document:
    """Read a plain-text report."""
    data = path.read_bytes()
    text = decode_text(data)
    if text is None:
        raise DocumentReadError(
            path, "not a text file: binary content or an unknown encoding", kind=ErrorKind.UNSUPPORTED
        )
    check_text_length(path, text, options)
    return document_from_text(text, source)


def document_from_text(text: str, source: SourceInfo | None = None) -> Document:
    """Build a Document from text already in memory (tabs make tables, form feeds pages)."""
    if source is None:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        source = SourceInfo(path="<text>", format="txt", sha256=digest, size=len(text.encode("utf-8")))
    pages = text.split("\f")
    builder = DocumentBuilder(source.model_copy(update={"pages": len(pages) if len(pages) > 1 else None}))
    for page_number, page_text in enumerate(pages, start=1):
        page = page_number if len(pages) > 1 else None
        _read_page(builder, _without_page_furniture(clean_text(_ARTIFACT.sub("", page_text))), page)
    return builder.build()


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:стр\.?|страница)\s*\d{1,3}(?:\s*из\s*\d{1,3})?)\s*$", re.I
)
"""A page number line of text copied out of a PDF: "- 2 -", "— 3 —", "Стр. 4 из 9"."""
_RUNNING_LINES = 3


def _without_page_furniture(text: str) -> str:
    """Text copied out of a PDF keeps its page numbers and the running header repeated on each page:
    the page number lines go, and so do the lines right next to them that stand there on two pages
    at least (the running header or footer); the blank lines around them go too, so a paragraph
    broken by the page joins again."""
    lines = text.split("\n")
    numbers = [index for index, line in enumerate(lines) if _PAGE_NUMBER.match(line)]
    if not numbers:
        return text
    beside: dict[str, list[int]] = {}
    for index in numbers:
        for step in (1, -1):
            position, seen = index + step, 0
            while 0 <= position < len(lines) and seen < _RUNNING_LINES and lines[position].strip():
                beside.setdefault(" ".join(lines[position].split()), []).append(position)
                position, seen = position + step, seen + 1
    drop = set(numbers) | {position for positions in beside.values() if len(positions) > 1 for position in positions}
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index in drop:
            while kept and not kept[-1].strip():
                kept.pop()  # the blank lines before the page furniture
            continue
        if not line.strip() and index > 0 and (index - 1) in drop:
            continue  # … and after it
        kept.append(line)
    return "\n".join(kept)


def _read_page(builder: DocumentBuilder, text: str, page: int | None) -> None:
    lines = _letterhead_columns(text.split("\n"))
    width = _wrap_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if "\t" in line:
            table_end = _table_end(lines, index)
            if table_end is not None:
                _add_table(builder, lines[index:table_end], page)
                index = table_end
                continue
            line = line.replace("\t", " ")
        grid = _grid_table(lines, index)  # a table drawn with rules of dashes and pipes
        if grid is not None:
            table_end, rows, has_header = grid
            _add_table(builder, ["\t".join(cells) for cells in rows], page, header=has_header)
            index = table_end
            continue
        typed = _pipe_table(lines, index) or _aligned_table(lines, index)  # "| a | b |", or columns of spaces
        if typed is not None:
            table_end, rows = typed
            _add_table(builder, ["\t".join(cells) for cells in rows], page)
            index = table_end
            continue
        # columns of figures under a header of several lines, else columns of words under a header line
        # (cells wrapped): a header's second line is no row of words
        stacked = _stacked_header_table(lines, index) or _worded_column_table(lines, index)
        if stacked is not None:
            table_end, rows = stacked
            _add_table(builder, ["\t".join(cells) for cells in rows], page, header=True)
            index = table_end
            continue
        if line.lstrip().startswith("**"):
            index = _add_bold(builder, lines, index, page)
            continue
        end = index + 1
        while end < len(lines) and (
            (width is not None and _wrapped_on(lines[end - 1], lines[end], width))
            or _broken_word_goes_on(lines[end - 1], lines[end])
        ):
            end += 1  # a paragraph typed with line breaks at a fixed width goes on
        _add_line(builder, _join_wrapped(lines[index:end]), page)
        index = end


_BROKEN_WORD = re.compile(r"([А-Яа-яЁё]+)-$")
_LONGEST_WORD = 40
"""Characters of a line's end looked at for a word broken by a hyphen."""


def _broken_word_goes_on(previous: str, line: str) -> bool:
    """A word broken by a hyphen at the end of ``previous`` goes on at the start of ``line``."""
    end = previous.rstrip()
    if not end.endswith("-") or not line.lstrip()[:1].islower() or "\t" in line:
        return False
    return bool(_BROKEN_WORD.search(end[-_LONGEST_WORD:]))


def _join_wrapped(lines: list[str]) -> str:
    """The lines of a paragraph typed with line breaks, joined; a word broken by a hyphen at a line
    end is glued again ("обще-" / "образовательных"), a compound keeps its hyphen ("научно-" /
    "методический")."""
    parts = [lines[0].strip()]
    for line in lines[1:]:
        part = line.strip()
        last = parts[-1]
        broken = _BROKEN_WORD.search(last[-_LONGEST_WORD:]) if last.endswith("-") else None
        tail = re.match(r"[а-яё]+", part) if broken is not None else None
        if broken is None or tail is None:
            parts.append(part)
            continue
        start = len(last) - len(broken.group())
        parts[-1] = last[:start] + rejoin_broken_word(broken.group(1), tail.group()) + part[tail.end() :]
    return " ".join(parts)


_FIELD_LINE = re.compile(r"^[А-ЯЁ][а-яё.]+(?:\s+[а-яё.]+){0,2}:\s")
"""A labelled field ("Срок: …", "Ответственный: …", "Срок исполнения: …")."""
_WRAP_SLACK = 6
"""Characters a hand-wrapped line may fall short of the text's width (a long word moved down)."""
_COLUMN_GAP_INSIDE = re.compile(r"\S\s{4,}\S")


_RIGHT_COLUMN = re.compile(r"^(?P<left>.*?\S)?(?P<gap>\s{4,})(?P<right>\S.*)$")
_LETTERHEAD_LINES = 40
"""A letterhead set in two columns with spaces is looked for among a text's first lines."""


def _letterhead_columns(lines: list[str]) -> list[str]:
    """A letterhead typed in two columns with spaces ("исх. № 214/01-17        Начальнику управления
    образования" / "от 22.01.2027        администрации …"): the left column's lines, then the right
    column's, so that each column reads as its own text. A run of three lines or more whose right
    parts (words, not columns of figures) start at the same character column (40 or further) is such
    a letterhead."""
    starts = [_right_column_start(line) for line in lines[:_LETTERHEAD_LINES]]
    index = 0
    while index < len(starts):
        column = starts[index]
        end = index
        while (
            end < len(starts) and column is not None and (start := starts[end]) is not None and abs(start - column) <= 2
        ):
            end += 1
        if column is None or end - index < 3:
            index += 1
            continue
        run = lines[index:end]
        left_parts = [line[: column - 2].rstrip() for line in run]
        right_parts = [" " * column + line[column - 2 :].strip() for line in run]
        return [*lines[:index], *(text for text in left_parts if text.strip()), "", *right_parts, *lines[end:]]
    return lines


def _right_column_start(line: str) -> int | None:
    """Where the right column of a two-column letterhead line starts, or None."""
    match = _RIGHT_COLUMN.match(line.rstrip())
    if match is None or not line.strip() or "|" in line or "\t" in line:
        return None
    right = match.group("right")
    prose = re.search(r"[А-Яа-яЁё]{3}", right) is not None and "  " not in right
    start = match.start("right")
    return start if start >= 40 and prose else None


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was typed at with hard line breaks (a letter saved as plain text), or None
    when its paragraphs are lines of their own: the longest prose line, when many lines end near it."""
    lengths = [len(line.rstrip()) for line in lines if line.strip() and "|" not in line and "\t" not in line]
    if len(lengths) < 5:
        return None
    width = max(lengths)
    near = sum(width - 20 <= length for length in lengths)
    return width if width <= 120 and near >= max(4, len(lengths) // 4) else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hanging_indent(line: str) -> int:
    """How deep the next line of ``line``'s paragraph may be indented: under the text of a list item
    ("1.1. Актуализировать …" / "     развитию …"), else no deeper than ``line``."""
    label, body, _ = split_list_label(line.strip())
    text = line.strip()
    if label is None or not body or not text.endswith(body):
        return _indent(line)
    return _indent(line) + len(text) - len(body)


def _wrapped_on(previous: str, line: str, width: int) -> bool:
    """``line`` goes on the paragraph that ``previous`` ends: its first word would not have fitted
    on ``previous``, it is not indented deeper (a new paragraph), and it starts no list item or table."""
    text = line.strip()
    if not text or not previous.strip() or "\t" in line or "|" in line or _GRID_RULE.fullmatch(line):
        return False
    if _indent(line) > _hanging_indent(previous) or split_list_label(text)[0] is not None or text.startswith("**"):
        return False
    if _COLUMN_GAP_INSIDE.search(text) or _COLUMN_GAP_INSIDE.search(previous.strip()):
        return False  # a letterhead set in two columns with spaces
    if _FIELD_LINE.match(text):
        return False  # "Ответственный: …" under "Срок: …" is a field of its own
    length = len(previous.rstrip())
    if length + 1 + len(text.split()[0]) > width - _WRAP_SLACK:
        return True  # the first word would not have fitted on the line above
    open_end = previous.rstrip()[-1] not in ".!?:;"
    if text[0].islower() and open_end and length >= width // 2:
        return True  # "… два методиста и один" / "специалист по …"
    return length >= width - 3 * _WRAP_SLACK and (text[0].islower() or open_end)


def _add_bold(builder: DocumentBuilder, lines: list[str], index: int, page: int | None) -> int:
    """A ``**...**`` run (possibly over several lines) is a heading."""
    for end in range(index, min(index + 12, len(lines))):
        chunk = "\n".join(lines[index : end + 1]).strip()
        match = _BOLD.match(chunk)
        if match:
            builder.add_text(BlockKind.HEADING, match.group(1), page=page, style="bold")
            return end + 1
    _add_line(builder, lines[index].replace("**", ""), page)
    return index + 1


def _add_line(builder: DocumentBuilder, line: str, page: int | None) -> None:
    label, body, level = split_list_label(line.strip())
    if label is not None:
        builder.add_text(BlockKind.LIST_ITEM, body, label=label, level=level, page=page)
    elif is_heading_line(line):
        builder.add_text(BlockKind.HEADING, line, page=page)
    else:
        builder.add_text(BlockKind.PARAGRAPH, line, page=page)


def _table_end(lines: list[str], start: int) -> int | None:
    """End (exclusive) of a run of tab-separated lines starting at ``start``; blank lines may
    sit between rows. None when the run is a single line (stray tabs, not a table)."""
    end = start
    rows = 0
    index = start
    while index < len(lines):
        line = lines[index]
        if "\t" in line and line.strip():
            rows += 1
            end = index + 1
        elif line.strip():
            break
        index += 1
    return end if rows >= 2 else None


_COLUMN_GAP = re.compile(r"\s{2,}")
_RULE_LINE = re.compile(r"[\s\-=_+|—–]{5,}")
_VALUE_CELL = re.compile(r"[-+–]?\d[\d\s]*(?:[.,]\d+)?\s*%?|[-–—]")


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*[|+]?(?:\s*:?-{2,}:?\s*[|+])+\s*:?-{0,}:?\s*[|+]?\s*$")
_PIPE_SEPARATOR = " | "


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a line typed with pipes: ``| a | b |`` (Markdown), or ``a | b | c`` (two
    separators at least, each with a space on both sides); None for other lines."""
    if _PIPE_ROW.match(line):
        return [cell.strip() for cell in line.strip()[1:-1].split("|")]
    if line.count(_PIPE_SEPARATOR) >= 2:
        return [cell.strip() for cell in line.split(_PIPE_SEPARATOR)]
    return None


def _pipe_table(lines: list[str], start: int) -> tuple[int, list[list[str]]] | None:
    """A table typed with pipes (``| a | b |``, Markdown's ``|---|---|`` under the header, or
    ``a | b | c`` rows of as many cells each): its end (exclusive) and its rows of cells; None for
    fewer than two rows."""
    rows: list[list[str]] = []
    index = start
    header_lines = 0
    while index < len(lines):
        line = lines[index]
        if _PIPE_RULE.match(line.strip()) and rows:
            header_lines = header_lines or len(rows)  # the lines above the first rule head the table
            index += 1
            continue
        cells = _pipe_cells(line)
        if cells is None and rows and line.count("|") >= 2:  # "образованием, %      |     |": empty cells
            split = [cell.strip() for cell in line.rstrip().split("|")]
            cells = split[:-1] if not split[-1] and len(split) - 1 == len(rows[0]) else split
        if cells is None or (rows and not _PIPE_ROW.match(line) and len(cells) != len(rows[0])):
            break
        rows.append(cells)
        index += 1
    if header_lines > 1:  # "Достигнуто" over "в 2026 г.": one header cell per column
        width = max(len(row) for row in rows[:header_lines])
        merged = [
            " ".join(row[col] for row in rows[:header_lines] if col < len(row) and row[col]) for col in range(width)
        ]
        rows[:header_lines] = [merged]
    return (index, rows) if len(rows) >= 2 else None


_GRID_RULE = re.compile(r"\s*[-=_+—–|]{10,}[-=_+—–|\s]*")
_DASH_RUN = re.compile(r"[-=_—–]{3,}")


def _grid_table(lines: list[str], start: int) -> tuple[int, list[list[str]], bool] | None:
    """A table drawn with a rule of dashes above it and pipes between its columns (a plain-text
    table of a letter): its end (exclusive), its rows of cells, and whether the first row is a
    header (the pipe lines above the first rule under the top one). Columns are the character
    positions of the pipes of the body rows; a header cell over several of them (``Количество
    программ`` over ``2025 год | 2026 год``) heads each; rules inside the header and the body are
    no rows."""
    if not _GRID_RULE.fullmatch(lines[start]) or start + 1 >= len(lines) or "|" not in lines[start + 1]:
        return None
    end = start + 1
    while end < len(lines) and lines[end].strip() and ("|" in lines[end] or _GRID_RULE.fullmatch(lines[end])):
        end += 1
    block = lines[start + 1 : end]
    rules = [index for index, line in enumerate(block) if _GRID_RULE.fullmatch(line)]
    header_lines = block[: rules[0]] if rules and rules[0] < len(block) - 1 else []
    body = [line for line in block[len(header_lines) :] if not _GRID_RULE.fullmatch(line)]
    if len(body) < 2:
        return None
    counts: dict[int, int] = {}
    for line in body:
        for position, char in enumerate(line):
            if char == "|":
                counts[position] = counts.get(position, 0) + 1
    bounds = sorted(position for position, seen in counts.items() if seen * 2 >= len(body))
    if not bounds:
        return None
    edges = [-1, *bounds, max(len(line) for line in block) + 1]
    columns = list(itertools.pairwise(edges))

    def cells_of(line: str) -> list[str]:
        return [line[left + 1 : right].replace("|", " ").strip() for left, right in columns]

    rows = [cells_of(line) for line in body]
    keep = [col for col in range(len(columns)) if any(row[col] for row in rows)]
    if len(keep) < 2:
        return None
    header: list[str] = [""] * len(columns)
    for line in header_lines:
        line = _DASH_RUN.sub(lambda run: " " * len(run.group()), line)
        own = [-1, *(position for position, char in enumerate(line) if char == "|"), len(line) + 1]
        for left, right in itertools.pairwise(own):
            text = line[left + 1 : right].strip()
            if not text:
                continue
            for col, (low, high) in enumerate(columns):
                middle = (max(low, 0) + min(high, len(line))) / 2
                if left < middle < right:
                    header[col] = f"{header[col]} {text}".strip()
    table = ([[header[col] for col in keep]] if any(header) else []) + [[row[col] for col in keep] for row in rows]
    return end, table, any(header)


def _aligned_cells(line: str) -> list[tuple[int, int, str]] | None:
    """The cells of a line laid out in columns by runs of spaces (start, end, text); None for a
    line of one cell."""
    cells = []
    position = 0
    for part in _COLUMN_GAP.split(line.rstrip()):
        start = line.index(part, position) if part else position
        position = start + len(part)
        if part.strip():
            cells.append((start, position, part.strip()))
    return cells if len(cells) >= 2 else None


def _wrapped_label_row(lines: list[str], index: int) -> list[tuple[int, int, str]] | None:
    """A row whose label wraps: a line of one cell, then an indented line with the label's end and
    the values ("3.1. Обеспечение деятельности учреждений" / "     образования   49 806,4   100,0")."""
    if index + 1 >= len(lines) or not lines[index].strip():
        return None
    following = lines[index + 1]
    indent = len(following) - len(following.lstrip())
    cells = _aligned_cells(following) if "\t" not in following else None
    if indent < 2 or cells is None or not all(_VALUE_CELL.fullmatch(text) for _, _, text in cells[1:]):
        return None
    start, stop, text = cells[0]
    if _indent(lines[index]) >= stop:
        return None  # a line standing over the value columns ("сертификатам"): a header's second line
    return [(start, stop, f"{lines[index].strip()} {text}"), *cells[1:]]


def _aligned_table(lines: list[str], start: int) -> tuple[int, list[list[str]]] | None:
    """A table typed with spaces (a header over rows of numbers in aligned columns, rule lines of
    dashes between): its end (exclusive) and its rows of cells. Three rows of values at least, each
    with as many cells as the others and their last column aligned; else None (prose, signatures)."""
    rows: list[tuple[int, list[tuple[int, int, str]]]] = []
    index = start
    blanks = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip() or _RULE_LINE.fullmatch(line):
            blanks += not line.strip()
            if blanks > 1:
                break
            index += 1
            continue
        blanks = 0
        cells = _aligned_cells(line) if "\t" not in line else None
        if cells is None and rows:
            cells = _wrapped_label_row(lines, index)
            if cells is not None:
                index += 1  # the label's first line, then its indented last line with the values
        if cells is None:
            break
        is_values = all(_VALUE_CELL.fullmatch(text) for _, _, text in cells[1:])
        if not is_values and rows:
            break  # only the first line may be a header; a line of words after the values ends the table
        rows.append((index, cells))
        index += 1
    header = rows[0][1] if rows and not all(_VALUE_CELL.fullmatch(text) for _, _, text in rows[0][1][1:]) else None
    body = [cells for _, cells in (rows[1:] if header is not None else rows)]
    if len(body) < 3:
        return None
    width = len(body[-1])
    if any(len(cells) != width for cells in body) or (header is not None and len(header) != width):
        return None
    ends = [cells[-1][1] for cells in body]
    starts = [cells[-1][0] for cells in body]
    if max(ends) - min(ends) > 2 and max(starts) - min(starts) > 2:
        return None
    return rows[-1][0] + 1, [[text for _, _, text in cells] for _, cells in rows]


_HEADER_LINES = 4
_HEADER_INDENT = 8


def _stacked_header_table(lines: list[str], start: int) -> tuple[int, list[list[str]]] | None:
    """A table typed with spaces whose header takes several lines (``Всего / прогр.``, ``Обучаю- /
    щихся*``) above a rule of dashes or the first row of figures: each header fragment goes to the
    column under it (the rule's dash runs, else the figures' extents), the lines of a column joined
    top down. The first header line has two cells at least; a later one may hold one indented cell."""
    header_lines: list[list[tuple[int, int, str]]] = []
    index = start
    while index < len(lines) and len(header_lines) < _HEADER_LINES:
        line = lines[index]
        if not line.strip() or _RULE_LINE.fullmatch(line) or "\t" in line or "|" in line:
            break
        cells = _aligned_cells(line)
        if cells is None:
            indent = len(line) - len(line.lstrip())
            if not header_lines or indent < _HEADER_INDENT:
                return None
            cells = [(indent, len(line.rstrip()), line.strip())]
        elif all(_VALUE_CELL.fullmatch(text) for _, _, text in cells[1:]):
            if not header_lines:
                return None
            break  # the first row of figures: the header ends above it
        header_lines.append(cells)
        index += 1
    if len(header_lines) < 2 or index >= len(lines):
        return None
    rule = lines[index] if _RULE_LINE.fullmatch(lines[index]) and lines[index].strip() else None
    body = _aligned_table(lines, index + 1 if rule is not None else index)
    if body is None:
        return None
    end, rows = body
    if not all(_VALUE_CELL.fullmatch(text) for text in rows[0][1:]):
        return None  # the figures carry a header line of their own: not one stacked header
    width = len(rows[-1])
    spans = [(run.start(), run.end()) for run in _DASH_RUN.finditer(rule)] if rule is not None else []
    if len(spans) != width:
        body_cells = [cells for line in lines[index:end] if (cells := _aligned_cells(line)) and len(cells) == width]
        spans = [
            (min(cells[col][0] for cells in body_cells), max(cells[col][1] for cells in body_cells))
            for col in range(width)
        ]
    fragments = _underlined_titles([_split_dash_runs(cells) for cells in header_lines])
    for low, high, _ in fragments[-1]:  # the lowest header line's words widen the columns they stand over
        col = _nearest_column(spans, low, high)
        if sum(min(high, right) > max(low, left) for left, right in spans) <= 1:
            spans[col] = (min(spans[col][0], low), max(spans[col][1], high))
    header = [""] * width
    for line_index, cells in enumerate(fragments):
        for low, high, text in cells:
            over = [col for col, (left, right) in enumerate(spans) if min(high, right) > max(low, left)]
            if line_index == len(fragments) - 1 or len(over) < 2:
                over = [_nearest_column(spans, low, high)]  # else a group title over the columns it spans
            for col in over:
                header[col] = _join_header_lines(header[col], text)
    return end, [header, *rows]


_WORDED_HEADER_CELLS = 3
_WORDED_HEADER_TEXT = 30
_COLUMN_SLACK = 2


def _worded_column_table(lines: list[str], start: int) -> tuple[int, list[list[str]]] | None:
    """A table of words typed with spaces (a plan's "№  Мероприятие  Срок  Ответственный  Результат"):
    a header line of three short word cells or more, an optional rule under it, then lines whose
    words start at the header's columns; a line with nothing in the first column goes on the row
    above, cell by cell (a word hyphenated at a line end is glued). Its end and its rows; None when the
    lines are no such table (two rows at least)."""
    header = _aligned_cells(lines[start]) if "\t" not in lines[start] else None
    if (
        header is None
        or len(header) < _WORDED_HEADER_CELLS
        or any(len(text) > _WORDED_HEADER_TEXT or any(char.isdigit() for char in text) for _, _, text in header)
    ):
        return None
    starts = [low for low, _, _ in header]
    index = start + 1
    if index < len(lines) and _RULE_LINE.fullmatch(lines[index]) and lines[index].strip():
        index += 1
    rows: list[list[str]] = []
    while index < len(lines) and lines[index].strip():
        cells = _cells_at(lines[index], starts)
        if cells is None or (cells[0] and sum(1 for cell in cells if cell) < 2):
            break  # a row opens with its first cell and one more at least (not a line of prose)
        if cells[0] or not rows:
            rows.append(cells)
        else:
            rows[-1] = [_join_cell(above, below) for above, below in zip(rows[-1], cells, strict=True)]
        index += 1
    if len(rows) < 2 or not all(row[0] for row in rows):
        return None
    return index, [[text for _, _, text in header], *rows]


def _cells_at(line: str, starts: list[int]) -> list[str] | None:
    """The line's texts put in the columns starting at ``starts``; None when a text starts away from
    every column (the line is no row of the table)."""
    parts = _aligned_cells(line) or ([(len(line) - len(line.lstrip()), len(line.rstrip()), line.strip())])
    cells = [""] * len(starts)
    for low, _, text in parts:
        col = next((c for c, begin in enumerate(starts) if abs(begin - low) <= _COLUMN_SLACK), None)
        if col is None:
            return None
        cells[col] = f"{cells[col]} {text}".strip()
    return cells


def _join_cell(above: str, below: str) -> str:
    """A cell's text and its next line in the same cell."""
    if not below:
        return above
    if not above:
        return below
    return _join_wrapped([above, below])


def _split_dash_runs(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a header line with each run of dashes a cell of its own (``прогр. ------``)."""
    split: list[tuple[int, int, str]] = []
    for low, _high, text in cells:
        position = 0
        for part in re.split(rf"\s*({_DASH_RUN.pattern})\s*", text):
            if part:
                start = text.index(part, position)
                position = start + len(part)
                split.append((low + start, low + position, part))
    return split


def _underlined_titles(lines: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """Header fragments without the runs of dashes, a title underlined by one stretched to its
    width: the dashes under a group title (``в т.ч. по статусу`` over ``----------``) show the
    columns it spans."""
    fragments: list[list[tuple[int, int, str]]] = [list(cells) for cells in lines]
    for line_index, cells in enumerate(lines):
        for low, high, text in cells:
            if not _DASH_RUN.fullmatch(text) or line_index == 0:
                continue
            above = fragments[line_index - 1]
            for position, (left, right, title) in enumerate(above):
                if not _DASH_RUN.fullmatch(title) and min(high, right) > max(low, left):
                    above[position] = (min(left, low), max(right, high), title)
    return [[cell for cell in cells if not _DASH_RUN.fullmatch(cell[2])] for cells in fragments]


def _nearest_column(spans: list[tuple[int, int]], low: int, high: int) -> int:
    """The column a header fragment overlaps most (the nearest middle on a tie)."""
    overlaps = [min(high, right) - max(low, left) for left, right in spans]
    return max(range(len(spans)), key=lambda c: (overlaps[c], -abs((low + high) / 2 - sum(spans[c]) / 2)))


def _join_header_lines(upper: str, lower: str) -> str:
    """Two lines of one header cell: a word hyphenated at the line end is glued (``Обучаю-`` +
    ``щихся``); a compound keeps its hyphen (``научно-`` + ``методических``)."""
    if not upper:
        return lower
    word = upper.rsplit(" ", 1)[-1]
    if word.endswith("-") and lower[:1].islower() and not (len(word) > 5 and word[-2] in "оеОЕ"):
        return upper[:-1] + lower
    return f"{upper} {lower}"


def _add_table(builder: DocumentBuilder, lines: list[str], page: int | None, *, header: bool | None = None) -> None:
    """Add the table of tab-separated ``lines``; ``header`` says whether the first is its header
    (None: judged from the rows)."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in lines if line.strip()]
    if header is None:
        header = looks_like_header_row(rows[0], rows[1:])
    header_row = rows[0] if header else None
    header_key = _cells_key(header_row) if header_row is not None else None
    merged: list[list[str]] = []
    for cells in rows:
        if header_key is not None and merged and _cells_key(cells) == header_key:
            continue  # a header repeated inside the table (page break in the original)
        if merged and _is_wrapped_continuation(cells, merged[-1], header_row is not None and not merged[1:]):
            previous = merged[-1]
            previous.extend([""] * (len(cells) - len(previous)))
            for col, extra in enumerate(cells):
                if extra:
                    previous[col] = f"{previous[col]} {extra}".strip()
            continue
        merged.append(list(cells))
    width = max(len(header_row) if header_row else 0, *(len(row) for row in merged))
    raw_rows = []
    for row_index, cells in enumerate(merged):
        while cells and not cells[-1] and len(cells) > (len(header_row) if header_row else 1):
            cells.pop()
        raw_rows.append(
            RawRow(
                cells=[(col, RawCell(text=text)) for col, text in enumerate(cells)],
                is_header=header_row is not None and row_index == 0,
                page=page,
            )
        )
    complete_header(raw_rows)
    builder.add_table(raw_rows, n_cols=width, page=page)


def _cells_key(cells: list[str]) -> list[str]:
    """The non-empty cells in lower case: a row equal to the header by this key repeats it."""
    return [cell.lower() for cell in cells if cell]


def _is_wrapped_continuation(cells: list[str], previous: list[str], previous_is_header: bool) -> bool:
    """A line whose first (number) cell is empty under a numbered row, or whose only cell is a
    lower-case first one ("образованием, %" under "1. Доля детей, охваченных доп."): the row's text wrapped."""
    if not previous_is_header and previous and cells[0][:1].islower() and not any(cells[1:]) and previous[0]:
        return True
    if previous_is_header or cells[0] or not previous or not previous[0]:
        return False
    figures_again = any(
        _VALUE_CELL.fullmatch(text) and col < len(previous) and _VALUE_CELL.fullmatch(previous[col])
        for col, text in enumerate(cells)
        if text
    )  # "| ВСЕГО | 239 | 264 |" under a numbered row is a row of its own
    return any(cells[1:]) and not figures_again
