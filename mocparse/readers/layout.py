"""Layout heuristics shared by readers of formats without explicit structure (TXT, PDF)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mocparse.document import RawRow

# "1.", "1.1.", "2.1", "10)", "а)", "б.", "IV." followed by a space; or a bullet.
_NUMBER_LABEL = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+)\s+(?P<body>\S.*)$", re.DOTALL)
_LETTER_LABEL = re.compile(r"^(?P<label>[а-яa-z][)]|[а-я]\.)\s+(?P<body>\S.*)$", re.DOTALL)
_ROMAN_LABEL = re.compile(r"^(?P<label>[IVX]{1,4}\.)\s+(?P<body>\S.*)$", re.DOTALL)
# a bullet before a figure needs a space after it ("– 14 сетевых"; "-14" is a negative number)
_BULLET_LABEL = re.compile(r"^(?P<label>[-–—•·▪●◦*■□►▸➢➤✓✔❖○])(?:\s*(?=[^\d\s-])|\s+(?=\d))(?P<body>\S.*)$", re.DOTALL)
# "Во-первых, …", "В-третьих, …": a paragraph that opens with an ordinal adverb is an item of a list
_ADVERB_LABEL = re.compile(
    r"^(?P<label>[Вв]о?-(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят)ых|[Вв]-третьих)[,:]?\s+(?P<body>\S.*)$",
    re.DOTALL,
)
# "Первая – удержать охват …", "Второе: …": a paragraph that opens with an ordinal and a dash or colon
_ORDINAL_STEMS = ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят")
_ORDINAL = rf"(?:{'|'.join(stem.capitalize() for stem in _ORDINAL_STEMS)})(?:ая|ое|ый|ой|ья|ье|ий)"
_ORDINAL_LABEL = re.compile(rf"^(?P<label>{_ORDINAL})\s*[–—:-]\s+(?P<body>\S.*)$", re.DOTALL)
_SENTENCE_END = re.compile(r"[.;:,!?…]$")
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")
PLACEHOLDER_TEXTS = frozenset(
    {
        "место для ввода текста.",
        "место для ввода даты.",
        "щелкните или коснитесь здесь, чтобы ввести текст.",
        "щелкните здесь, чтобы ввести текст.",
        "выберите элемент.",
        "click or tap here to enter text.",
        "click here to enter text.",
        "choose an item.",
    }
)
"""Word's placeholder texts of empty content controls (lower case), left out where no markup says so."""


def ordinal_value(label: str) -> int | None:
    """The number an ordinal list label stands for ("Третья" -> 3); None for other labels."""
    if re.fullmatch(_ORDINAL, label) is None:
        return None
    return next(index for index, stem in enumerate(_ORDINAL_STEMS, 1) if re.match(stem, label.lower()))


def split_list_label(line: str) -> tuple[str | None, str, int]:
    """Split ``"1.2. Text"`` into (``"1.2."``, ``"Text"``, level 1); (None, line, 0) when
    the line is not a list item. Counts like ``"1 организация"`` are not labels."""
    for pattern in (_NUMBER_LABEL, _LETTER_LABEL, _ROMAN_LABEL, _BULLET_LABEL, _ADVERB_LABEL, _ORDINAL_LABEL):
        match = pattern.match(line)
        if match:
            label = match.group("label")
            level = label.rstrip(".)").count(".") if pattern is _NUMBER_LABEL else 0
            return label, match.group("body"), level
    return None, line, 0


def is_heading_line(line: str) -> bool:
    """A short title-like line: no sentence punctuation at the end, capital start, or all caps."""
    text = line.strip()
    if not text or len(text) > 160 or "\t" in text:
        return False
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= 4 and all(char.isupper() for char in letters):
        return True
    if _SENTENCE_END.search(text) or not text[0].isupper():
        return False
    return len(text.split()) <= 20


def looks_like_header_row(first: list[str], rest: list[list[str]]) -> bool:
    """A table's first row is a header when it is not a numbered data row while rows below are."""
    if not rest or not first or not any(first):
        return False
    if _ROW_NUMBER.match(first[0]):
        return False
    numbered_below = sum(1 for row in rest if row and _ROW_NUMBER.match(row[0]))
    if numbered_below >= max(1, len(rest) // 2):
        return True
    return all(len(cell) <= 60 for cell in first) and any(cell for cell in first[1:])


def numbered_lines(text: str) -> list[tuple[str | None, str, int]]:
    """Lines of a paragraph split by soft line breaks, when two or more of them start with a typed
    list label (``1. ...<br/>2. ...``): (label, body, level) per item, a lead-in line without a label
    first; unlabelled lines go on the item above. Empty when the paragraph is not such a list."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    split = [split_list_label(line) for line in lines]
    named = [_NAMED_NUMBER.match(line) for line in lines]
    words = [match.group("word").lower() if match else None for match in named]
    # "Задача 1. …<br/>Задача 2. …": lines that open with one word and a number are paragraphs of their own
    starts = [
        label is not None or (word is not None and words.count(word) >= 2)
        for (label, _, _), word in zip(split, words, strict=True)
    ]
    if sum(starts) < 2:
        return []
    items: list[tuple[str | None, str, int]] = []
    opened: list[bool] = []
    for (label, body, level), start in zip(split, starts, strict=True):
        if not start and items and opened[-1]:
            previous = items[-1]
            items[-1] = (previous[0], f"{previous[1]} {body}", previous[2])
        else:
            items.append((label, body, level))
            opened.append(start)
    return items


_NAMED_NUMBER = re.compile(r"^(?P<word>[А-ЯЁ][а-яё]+)\s+\d{1,2}(?:\.\d{1,2})*[.:)]\s+\S")
"""A line that opens with a word and a number: "Задача 1. …", "Мероприятие 2: …"."""


_SUB_HEADER_CELL = re.compile(r"(?:(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?(?:\s*(?:г\.?|год|гг\.?))?|[^\d]{1,30})")
"""A cell of a row that completes a header: a year ("2024", "2024/2025 г.") or a short label ("план")."""


def complete_header(rows: list[RawRow]) -> None:
    """Take the row under the header into it when it completes the header: its label cell is empty,
    its other cells are years or short labels, and one of them stands under an empty header cell that
    the title before it spreads over ("Направленность | Количество программ |  |" over " | 2024 | 2025 |":
    a Markdown table's second header row, which Markdown cannot mark, or a web page's). The titles are
    spread over the columns below them."""
    count = next((index for index, row in enumerate(rows) if not row.is_header), len(rows))
    if count == 0 or count + 2 > len(rows):
        return
    header, under = rows[count - 1], rows[count]
    texts = {col: cell.text.strip() for col, cell in under.cells if cell.text.strip()}
    if 0 in texts or not texts or not all(_SUB_HEADER_CELL.fullmatch(text) for text in texts.values()):
        return
    titles = {col: cell for col, cell in header.cells}
    empty = {col for col, cell in titles.items() if not cell.text.strip() and cell.colspan == 1}
    spans: dict[int, int] = {}
    for col, cell in sorted(titles.items()):
        if not cell.text.strip():
            continue
        end = col + cell.colspan
        while end in empty and end in texts:
            end += 1
        if end > col + cell.colspan:
            spans[col] = end - col
    if not spans:
        return
    covered = {c for col, span in spans.items() for c in range(col + 1, col + span)}
    header.cells = [
        (col, cell.model_copy(update={"colspan": spans[col]}) if col in spans else cell)
        for col, cell in header.cells
        if col not in covered
    ]
    under.is_header = True


def header_depth(rows: list[RawRow], count: int) -> int:
    """Header rows found, extended by the rows under a header cell spread over several columns
    (``Срок`` over ``начало | окончание``) that are not numbered data rows."""
    if count == 0 or count >= len(rows) - 1:
        return count
    spread = [(col, col + cell.colspan) for col, cell in rows[count - 1].cells if cell.colspan > 1]
    spread += [(col, col + cell.colspan) for row in rows[:count] for col, cell in row.cells if cell.colspan > 1]
    while count < len(rows) - 1 and spread:
        cells = [(col, cell) for col, cell in rows[count].cells if cell.text.strip()]
        under = [col for col, _ in cells if any(start <= col < stop for start, stop in spread)]
        if not under or len(under) < len(cells) or any(len(cell.text) > 60 for _, cell in cells):
            break
        if cells and _ROW_NUMBER.match(cells[0][1].text.strip()):
            break
        count += 1
        spread = [(col, col + cell.colspan) for col, cell in rows[count - 1].cells if cell.colspan > 1]
    return count
