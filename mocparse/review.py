"""A self-contained HTML review page: the document with every extracted fact highlighted in place.

:func:`render_review` lays the document out in reading order from the document model (headings,
paragraphs, list items with their labels, tables as HTML tables, page markers) and wraps the
characters of each fact in a ``<mark>`` carrying ``data-family`` and ``data-fact-id``. A side
panel lists every fact per family with its normalized value, rule and confidence, each row
linking to its highlight. The page has inline CSS and JS only, works without JS and prints.

Where a fact's own characters cannot be found inside its evidence (the number, the date text,
the person's name ...), the whole evidence span is highlighted and marked *approximate*.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape

from mocparse import __version__
from mocparse.document import Block, BlockKind, Document, Table
from mocparse.records import (
    Activity,
    DateFact,
    DocumentInfo,
    Evidence,
    LegalAct,
    Organization,
    Percentage,
    Person,
    Perspective,
    ProgramCount,
    Quantity,
    Report,
    ReportWarning,
    Task,
)

__all__ = ["FAMILIES", "Family", "render_review"]


@dataclass(frozen=True, slots=True)
class Family:
    """How one fact family is named and drawn. ``passage`` families mark long spans (underline + tint)."""

    key: str
    label: str
    colour: str
    passage: bool = False


FAMILIES: tuple[Family, ...] = (
    Family("program_counts", "Программы", "#f6c343"),
    Family("quantities", "Количества", "#9ccc65"),
    Family("percentages", "Проценты", "#6ec6f1"),
    Family("dates", "Даты и периоды", "#f48fb1"),
    Family("persons", "Персоны", "#ffab91"),
    Family("organizations", "Организации", "#b39ddb"),
    Family("legal_acts", "Правовые акты", "#80cbc4"),
    Family("tasks", "Задачи", "#1e88e5", passage=True),
    Family("activities", "Мероприятия", "#8e24aa", passage=True),
    Family("perspectives", "Перспективы", "#2e7d32", passage=True),
    Family("document", "Документ", "#546e7a", passage=True),
    Family("warnings", "Предупреждения", "#d32f2f", passage=True),
)
_FAMILY = {family.key: family for family in FAMILIES}
_RANK = {family.key: rank for rank, family in enumerate(FAMILIES)}


# --------------------------------------------------------------------------- facts to show


@dataclass(slots=True)
class _Mark:
    """One highlight: an absolute ``[start, stop)`` span of the canonical text."""

    start: int
    stop: int
    anchor: str
    exact: bool


@dataclass(slots=True)
class _FactView:
    """A fact as the page shows it: summary, provenance and where it is highlighted."""

    fact_id: str
    family: str
    number: int
    summary: str
    rule: str
    confidence: float | None
    page: int | None
    marks: list[_Mark] = field(default_factory=list)

    @property
    def title(self) -> str:
        """Tooltip text of the fact's highlights."""
        lines = [f"{self.family}: {self.summary}"]
        if self.rule:
            confidence = f", confidence {self.confidence:.2f}" if self.confidence is not None else ""
            lines.append(f"rule {self.rule}{confidence}")
        return "\n".join(lines)


def _number(value: float) -> str:
    """A number without a useless ``.0`` and never in exponent notation."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(fact: object) -> str:
    """The normalized value of a fact, e.g. ``20 multilevel, previous 11 (2022)``."""
    match fact:
        case ProgramCount():
            parts = [f"{fact.qualifier} " if fact.qualifier else "", f"{fact.value} {fact.program_type or '—'}"]
            if fact.year is not None:
                parts.append(f" in {fact.year}")
            if fact.previous is not None:
                year = f" ({fact.previous.year})" if fact.previous.year is not None else ""
                parts.append(f", previous {fact.previous.value}{year}")
            if fact.part_of is not None:
                parts.append(f", part of {fact.part_of}")
            return "".join(parts)
        case Quantity():
            qualifier = f"{fact.qualifier} " if fact.qualifier else ""
            year = f" in {fact.year}" if fact.year is not None else ""
            return f"{qualifier}{_number(fact.value)} {fact.unit} ({_short(fact.subject, 50)}){year}"
        case Percentage():
            kind = f", {fact.kind}" if fact.kind else ""
            year = f" in {fact.year}" if fact.year is not None else ""
            return f"{_number(fact.value)}% {_short(fact.subject, 50)}{kind}{year}"
        case DateFact():
            if fact.start == fact.end:
                return f"{fact.start.isoformat()} ({fact.precision.value})"
            return f"{fact.start.isoformat()} … {fact.end.isoformat()} ({fact.precision.value})"
        case Person():
            parts = [fact.name]
            if fact.full_name:
                parts.append(f"({fact.full_name})")
            if fact.roles:
                parts.append("— " + ", ".join(fact.roles))
            if fact.organization:
                parts.append(f"[{fact.organization}]")
            return " ".join(parts)
        case Organization():
            return fact.name
        case LegalAct():
            parts = [fact.kind]
            if fact.number:
                parts.append(f"№ {fact.number}")
            if fact.date:
                parts.append(f"of {fact.date.isoformat()}")
            if fact.issuer:
                parts.append(f"by {_short(fact.issuer, 60)}")
            if fact.title:
                parts.append(f"«{_short(fact.title, 80)}»")
            return " ".join(parts)
        case Task() | Perspective():
            number = f"{fact.number}. " if fact.number else ""
            return f"{number}{_short(fact.text)}"
        case Activity():
            parts = [f"{fact.number}. " if fact.number else "", _short(fact.title, 80)]
            if fact.responsible:
                parts.append(f"; responsible: {', '.join(fact.responsible)}")
            if fact.deadline is not None:
                period = fact.deadline
                dates = f" = {period.start} … {period.end}" if period.start and period.end else ""
                parts.append(f"; deadline: {period.text}{dates}")
            if fact.result:
                parts.append(f"; result: {_short(fact.result, 60)}")
            return "".join(parts)
        case DocumentInfo():
            parts = [fact.kind.value]
            parts.extend(value for value in (fact.municipality, fact.region) if value)
            if fact.period is not None and fact.period.start and fact.period.end:
                parts.append(f"{fact.period.start.isoformat()} … {fact.period.end.isoformat()}")
            return ", ".join(parts)
        case ReportWarning():
            return f"{fact.code}: {fact.message}"
    return str(fact)  # pragma: no cover - every family is matched above


# --------------------------------------------------------------------------- locating facts

_SEP = r"[ \u00a0\u202f]?"
_SCALES: tuple[tuple[float, str], ...] = ((1e3, r"тыс|тысяч"), (1e6, r"млн|миллион"), (1e9, r"млрд|миллиард"))
_PROGRAM_NOUN = r"(?:программ[а-яё]*|(?-i:ДОО?П)[а-яё]*)"


def _digits(integer: str) -> str:
    """Regex for an integer written with or without thousands separators (``2371``, ``2 371``)."""
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    return _SEP.join(groups)


def _number_regex(value: float) -> str:
    """Regex for ``value`` as written in Russian text (decimal comma or point, scale words)."""
    options: list[str] = []
    for scale, words in ((1.0, ""), *_SCALES):
        scaled = round(value / scale, 6)
        if scale > 1 and (scaled < 0.001 or value < scale):
            continue
        text = _number(scaled)
        integer, _, fraction = text.partition(".")
        body = _digits(integer) + (rf"[.,]{fraction}0*" if fraction else "")
        options.append(body + (rf"\s*(?:{words})[а-яё]*\.?" if words else ""))
    return r"(?<!\d)(?<!\d[.,])(?:" + "|".join(options) + r")(?![.,]?\d)"


def _number_word_spans(text: str, value: float) -> list[tuple[int, int]]:
    """Spans of number words (``четыре``, ``двадцать пять``) whose value is ``value``."""
    from mocparse.nlp.morph import parses
    from mocparse.rules import default_rules

    words = default_rules().language.number_words
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, float]] = []
    for match in [*re.finditer(r"[а-яёА-ЯЁ]+", text), None]:
        found = parses(match.group().lower()) if match else ()
        lemma = found[0].normal_form if found else ""
        if match is not None and lemma in words:
            run.append((match.start(), match.end(), float(words[lemma])))
            continue
        if run and sum(number for _, _, number in run) == value:
            spans.append((run[0][0], run[-1][1]))
        run = []
    return spans


def _number_spans(text: str, value: float, follow: str | None = None) -> list[tuple[int, int]]:
    """Where ``value`` is written in ``text``; numbers followed by ``follow`` come first."""
    spans = [match.span() for match in re.finditer(_number_regex(value), text, re.IGNORECASE)]
    spans = [(start, stop) for start, stop in spans if not re.search(r"№\s*$", text[max(0, start - 3) : start])]
    if not spans and 0 <= value <= 1000:
        spans = _number_word_spans(text, value)
    if follow is None:
        return spans
    return sorted(spans, key=lambda span: re.match(follow, text[span[1] :], re.IGNORECASE) is None)


def _extend_to(text: str, span: tuple[int, int], noun: str, max_words: int = 4) -> tuple[int, int]:
    """Extend a number's span over the noun it counts when the noun follows within a few words."""
    pattern = rf"(?:-[а-яё]+)?(?:\s+[\w«»\"-]+){{0,{max_words}}}?\s+{noun}"
    match = re.match(pattern, text[span[1] :], re.IGNORECASE)
    return (span[0], span[1] + match.end()) if match else span


def _find_text(text: str, needle: str) -> tuple[int, int] | None:
    """``needle`` in ``text``: exactly, ignoring case, or ignoring whitespace differences."""
    needle = needle.strip()
    if not needle:
        return None
    position = text.find(needle)
    if position < 0:
        position = text.lower().find(needle.lower())
    if position >= 0:
        return position, position + len(needle)
    words = needle.split()
    match = re.search(r"\s+".join(re.escape(word) for word in words), text, re.IGNORECASE)
    return match.span() if match else None


def _date_regex(value: object) -> str | None:
    """Regex for a date as written: ``19.02.2020`` (optionally ``г.``) or ``19 февраля 2020``."""
    import datetime as dt

    if not isinstance(value, dt.date):
        return None
    numeric = rf"0?{value.day}\.0?{value.month}\.(?:{value.year}|{value.year % 100:02d})"
    words = rf"0?{value.day}\s+[а-яё]+\s+{value.year}"
    return rf"(?<!\d)(?:{numeric}|{words})(?!\d)(?:\s*г(?:ода|\.)?)?"


def _act_span(text: str, act: LegalAct) -> tuple[int, int] | None:
    """From the act's kind word (``постановления``) to its number or date, whichever is last."""
    anchors: list[tuple[int, int]] = []
    if act.number:
        anchors += [m.span() for m in re.finditer(rf"№\s*{re.escape(act.number)}(?![\w/-])", text)]
    pattern = _date_regex(act.date)
    if pattern:
        anchors += [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    kind = act.kind.lower()
    stem = kind[:-2] if len(kind) > 6 else kind[:5]
    kinds = [m.span() for m in re.finditer(re.escape(stem), text, re.IGNORECASE)]
    if not anchors:
        return kinds[0] if kinds else None
    first = min(start for start, _ in anchors)
    before = [span for span in kinds if span[0] <= first and first - span[0] <= 400]
    start = before[-1][0] if before else first
    stop = max(stop for begin, stop in anchors if begin - start <= 500)
    return start, stop


def _person_span(text: str, name: str) -> tuple[int, int] | None:
    """A mention of ``Фамилия И.О.`` in any case form, initials before or after, or the full name."""
    parts = name.replace(".", ". ").split()
    if not parts:
        return None
    surname = parts[0]
    initials = [part[0] for part in parts[1:] if part[:1].isalpha()]
    stem = re.escape(surname[: max(3, len(surname) - 2)]) + r"[а-яё]*"
    dotted = r"\s*".join(rf"{re.escape(letter)}\." for letter in initials)
    full = r"\s+".join(rf"{re.escape(letter)}[а-яё]+" for letter in initials)
    options = [rf"{stem}\s*{dotted}", rf"{dotted}\s*{stem}", rf"{stem}\s+{full}"] if initials else []
    options.append(stem)
    for option in options:
        match = re.search(rf"(?<![\w]){option}(?![а-яё])", text, re.IGNORECASE)
        if match:
            return match.span()
    return None


def _inner_span(fact: object, text: str) -> tuple[int, int] | None:
    """The fact's own characters inside its evidence text, relative to the evidence."""
    spans: list[tuple[int, int]]
    match fact:
        case ProgramCount():
            spans = _number_spans(text, fact.value, rf"(?:\s+[\w-]+){{0,4}}?\s*{_PROGRAM_NOUN}")
            return _extend_to(text, spans[0], _PROGRAM_NOUN) if spans else None
        case Quantity():
            words = fact.subject.split()
            noun = re.escape(words[0]) if words else None
            spans = _number_spans(text, fact.value, rf"(?:\s+[\w-]+){{0,3}}?\s+{noun}" if noun else None)
            if not spans:
                return None
            return _extend_to(text, spans[0], noun, 3) if noun else spans[0]
        case Percentage():
            percent = r"\s*(?:%|процент[а-яё]*)"
            spans = [m.span() for m in re.finditer(_number_regex(fact.value) + percent, text, re.IGNORECASE)]
            spans = spans or _number_spans(text, fact.value)
            return spans[0] if spans else None
        case DateFact():
            return _find_text(text, fact.text)
        case Organization():
            return _find_text(text, fact.name)
        case LegalAct():
            return _act_span(text, fact)
        case Task() | Perspective():
            return _find_text(text, fact.text)
        case Activity():
            return _find_text(text, fact.title)
    return None


def _evidence_span(document: Document, evidence: Evidence) -> tuple[int, int] | None:
    """The evidence's span in the canonical text, checked against its text (searched for when stale)."""
    text = document.text
    start, end = evidence.start, evidence.end
    if 0 <= start < end <= len(text) and text[start:end].split() == evidence.text.split():
        return start, end
    if not evidence.text.strip():
        return None
    positions = [match.start() for match in re.finditer(re.escape(evidence.text), text)]
    if not positions:
        return None
    position = min(positions, key=lambda candidate: abs(candidate - start))
    return position, position + len(evidence.text)


def _locate(
    document: Document, evidence: Evidence | None, inner: Callable[[str], tuple[int, int] | None]
) -> tuple[tuple[int, int] | None, bool]:
    """Absolute span of a fact and whether it is exact (its own characters) or the whole evidence."""
    if evidence is None:
        return None, False
    span = _evidence_span(document, evidence)
    if span is None:
        return None, False
    found = inner(document.text[span[0] : span[1]])
    if found is not None and found[0] < found[1]:
        return (span[0] + found[0], span[0] + found[1]), True
    return span, False


def _views(document: Document, report: Report) -> list[_FactView]:
    """Every fact of the report with its summary and located highlights, family by family."""
    views: list[_FactView] = []

    def add(family: str, facts: Sequence[object]) -> None:
        for index, fact in enumerate(facts):
            fact_id = f"{family}-{index}"
            rule = getattr(fact, "rule", "")
            confidence = getattr(fact, "confidence", None)
            view = _FactView(fact_id, family, index + 1, _summary(fact), rule, confidence, None)
            evidences: list[Evidence | None] = (
                list(fact.mentions) if isinstance(fact, Person) else [getattr(fact, "evidence", None)]
            )
            for position, evidence in enumerate(evidences):
                if isinstance(fact, Person):
                    name = fact.name

                    def inner(text: str, name: str = name) -> tuple[int, int] | None:
                        return _person_span(text, name)

                else:

                    def inner(text: str, fact: object = fact) -> tuple[int, int] | None:
                        return _inner_span(fact, text)

                span, exact = _locate(document, evidence, inner)
                if evidence is not None and view.page is None:
                    view.page = evidence.page
                if span is not None:
                    anchor = f"hl-{fact_id}" if position == 0 else f"hl-{fact_id}-{position}"
                    view.marks.append(_Mark(span[0], span[1], anchor, exact))
            views.append(view)

    if report.document.evidence is not None:
        add("document", [report.document])
    for family in FAMILIES:
        if family.key not in {"document", "warnings"}:
            add(family.key, getattr(report, family.key))
    add("warnings", report.warnings)
    return views


# --------------------------------------------------------------------------- rendering text


@dataclass(frozen=True, slots=True)
class _Highlight:
    """One highlight to draw, with everything its ``<mark>`` needs."""

    start: int
    stop: int
    anchor: str
    view: _FactView
    exact: bool

    @property
    def order(self) -> tuple[int, int, int, str]:
        """Outer highlights first: earlier start, then longer, then family order."""
        return (self.start, -self.stop, _RANK[self.view.family], self.anchor)


class _Renderer:
    """Writes the document blocks with highlights, splitting ``<mark>``s so the HTML nests."""

    def __init__(self, document: Document, views: Iterable[_FactView]) -> None:
        self.document = document
        self.emitted: set[str] = set()
        self.by_block: dict[int, list[_Highlight]] = {}
        starts = [block.start for block in document.blocks]
        for view in views:
            for mark in view.marks:
                highlight = _Highlight(mark.start, mark.stop, mark.anchor, view, mark.exact)
                first = max(0, bisect.bisect_right(starts, mark.start) - 1)
                last = max(0, bisect.bisect_right(starts, mark.stop - 1) - 1)
                for index in range(first, last + 1):
                    self.by_block.setdefault(index, []).append(highlight)

    def _open(self, highlight: _Highlight) -> str:
        view = highlight.view
        family = _FAMILY[view.family]
        classes = ["hl", f"fam-{family.key}", "passage" if family.passage else "chip"]
        if not highlight.exact:
            classes.append("approx")
        attributes = [
            f'class="{" ".join(classes)}"',
            f'data-family="{family.key}"',
            f'data-fact-id="{escape(view.fact_id)}"',
            f'title="{escape(view.title + ("" if highlight.exact else chr(10) + "(whole evidence highlighted)"))}"',
        ]
        if highlight.anchor not in self.emitted:
            self.emitted.add(highlight.anchor)
            attributes.insert(0, f'id="{escape(highlight.anchor)}"')
        return f"<mark {' '.join(attributes)}>"

    def _page_id(self, page: int) -> str:
        """The ``id`` attribute of a page's first marker ("" for a page already marked)."""
        anchor = f"page-{page}"
        if anchor in self.emitted:
            return ""
        self.emitted.add(anchor)
        return f' id="{anchor}"'

    def segment(self, block: Block, start: int, stop: int) -> str:
        """HTML of ``text[start:stop]`` with the highlights that touch it, well nested."""
        text = self.document.text
        inside = [h for h in self.by_block.get(block.index, []) if h.start < stop and h.stop > start]
        if not inside:
            return escape(text[start:stop])
        points = sorted({start, stop, *(max(h.start, start) for h in inside), *(min(h.stop, stop) for h in inside)})
        out: list[str] = []
        stack: list[_Highlight] = []
        for left, right in itertools.pairwise(points):
            wanted = sorted((h for h in inside if h.start <= left and h.stop >= right), key=lambda h: h.order)
            common = 0
            while common < min(len(stack), len(wanted)) and stack[common] is wanted[common]:
                common += 1
            out.append("</mark>" * (len(stack) - common))
            stack = stack[:common]
            for highlight in wanted[common:]:
                out.append(self._open(highlight))
                stack.append(highlight)
            out.append(escape(text[left:right]))
        out.append("</mark>" * len(stack))
        return "".join(out)

    def blocks(self) -> str:
        """The document body: blocks in reading order with page markers."""
        out: list[str] = []
        page: int | None = None
        in_list = False
        for block in self.document.blocks:
            if block.page is not None and block.page != page:
                if in_list:
                    out.append("</ul>")
                    in_list = False
                page = block.page
                out.append(_page_marker(page, self._page_id(page)))
            if block.kind is BlockKind.LIST_ITEM:
                if not in_list:
                    out.append('<ul class="items">')
                    in_list = True
                out.append(self.list_item(block))
                continue
            if in_list:
                out.append("</ul>")
                in_list = False
            if block.kind is BlockKind.TABLE and block.table is not None:
                html, page = self.table(block, block.table, page)
                out.append(html)
            elif block.kind is BlockKind.HEADING:
                level = min(6, 1 + max(1, block.level))
                out.append(f'<h{level} class="block" data-block="{block.index}">')
                out.append(f"{self.segment(block, block.start, block.stop)}</h{level}>")
            else:
                out.append(f'<p class="block" data-block="{block.index}">')
                out.append(f"{self.segment(block, block.start, block.stop)}</p>")
        if in_list:
            out.append("</ul>")
        return "\n".join(out)

    def list_item(self, block: Block) -> str:
        """A list item with its visible label."""
        label = ""
        if block.body_start > block.start:
            label = f'<span class="label">{self.segment(block, block.start, block.body_start)}</span>'
        body = self.segment(block, block.body_start, block.stop)
        level = min(block.level, 6)
        return f'<li class="block lvl-{level}" data-block="{block.index}">{label}{body}</li>'

    def table(self, block: Block, table: Table, page: int | None) -> tuple[str, int | None]:
        """A table with header rows, merged cells and page badges where a row starts a new page."""
        out = [f'<div class="table-wrap"><table class="doc-table" data-block="{block.index}">']
        covered: dict[tuple[int, int], bool] = {}
        section = ""
        for row_index, row in enumerate(table.rows):
            wanted = "thead" if row.is_header and section in {"", "thead"} else "tbody"
            if wanted != section:
                out.append(f"</{section}>" if section else "")
                out.append(f"<{wanted}>")
                section = wanted
            badge = ""
            if row.page is not None and row.page != page:
                page = row.page
                badge = _page_badge(page, self._page_id(page))
            classes = " ".join(
                name for name, flag in (("colnums", row.is_column_numbers), ("page-start", bool(badge))) if flag
            )
            out.append(f'<tr class="{classes}">' if classes else "<tr>")
            by_col = {cell.col: cell for cell in row.cells}
            col = 0
            width = max([table.n_cols, *(cell.col + 1 for cell in row.cells)])
            while col < width:
                if covered.get((row_index, col)) and col not in by_col:
                    col += 1
                    continue
                cell = by_col.get(col)
                if cell is None:
                    out.append(f"<td>{badge}</td>")
                    badge = ""
                    col += 1
                    continue
                tag = "th" if cell.is_header or row.is_header else "td"
                spans = "".join(
                    f' {name}="{value}"'
                    for name, value in (("rowspan", cell.rowspan), ("colspan", cell.colspan))
                    if value > 1
                )
                scope = ' scope="col"' if tag == "th" else ""
                out.append(f"<{tag}{spans}{scope}>{badge}{self.segment(block, cell.start, cell.stop)}</{tag}>")
                badge = ""
                for extra_row in range(row_index, row_index + cell.rowspan):
                    for extra_col in range(col, col + cell.colspan):
                        covered[(extra_row, extra_col)] = True
                col += 1
            out.append("</tr>")
        if section:
            out.append(f"</{section}>")
        out.append("</table></div>")
        return "".join(out), page


def _page_marker(page: int, anchor: str) -> str:
    return f'<div class="page-marker"{anchor} role="separator" aria-label="page {page}"><span>page {page}</span></div>'


def _page_badge(page: int, anchor: str) -> str:
    return f'<span class="page-badge"{anchor}>page {page}</span>'


# --------------------------------------------------------------------------- the page


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _family_css() -> str:
    """Colour variables per family and the rule that hides a family when its legend box is unticked."""
    rules: list[str] = []
    for family in FAMILIES:
        red, green, blue = _hex_rgb(family.colour)
        tint = f"rgba({red}, {green}, {blue}, {0.13 if family.passage else 0.28})"
        rules.append(f".fam-{family.key} {{ --c: {family.colour}; --t: {tint}; }}")
        rules.append(
            f"body:has(#show-{family.key}:not(:checked)) mark.hl.fam-{family.key} "
            "{ background: none; border-color: transparent; text-decoration: none; outline: none; }"
        )
    return "\n".join(rules)


_CSS = """
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --paper: #ffffff; --bg: #eef1f4; }
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin: 0; background: var(--bg); color: var(--ink); font-size: 16px; line-height: 1.6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: #0b5cad; }
a:focus-visible, input:focus-visible { outline: 3px solid #ff8f00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 6px 10px; z-index: 10; }
.skip:focus { left: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
header.top { background: var(--paper); border-bottom: 1px solid var(--line); padding: 14px 28px 12px; }
header.top h1 { font-size: 1.25rem; line-height: 1.35; margin: 0 0 2px; }
.eyebrow { font-size: .78rem; color: var(--muted); margin: 0; }
.eyebrow strong { color: var(--ink); font-weight: 600; }
.meta { color: var(--muted); font-size: .85rem; margin: 2px 0 8px; }
.meta span + span::before { content: " · "; }
.warnings { border: 1px solid #f1c4c4; background: #fff5f5; border-radius: 6px; padding: 6px 12px; margin: 6px 0 10px;
  font-size: .875rem; }
.warnings h2 { font-size: .875rem; margin: 0; color: #b71c1c; }
.warnings ul { margin: 4px 0 2px; padding-left: 18px; }
.warnings code { background: #fde0e0; border-radius: 3px; padding: 0 4px; }
.no-warnings { font-size: .85rem; color: #2e7d32; margin: 4px 0 8px; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 5px 6px; }
.legend li label { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--line);
  border-radius: 999px; padding: 1px 9px 1px 6px; font-size: .75rem; background: #fafbfc; cursor: pointer;
  white-space: nowrap; }
.legend input { margin: 0; accent-color: #455a64; }
.legend .ru { color: var(--muted); }
.legend .count, .facts .count { font-variant-numeric: tabular-nums; color: var(--muted); }
.legend li.empty label { opacity: .55; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; background: var(--c); flex: none; }
.swatch.passage { background: var(--t); border-bottom: 3px solid var(--c); border-radius: 2px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(380px, 38%); gap: 20px; padding: 18px 28px 32px;
  align-items: start; }
main .doc { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 26px 40px 34px;
  box-shadow: 0 1px 2px rgba(0,0,0,.04); }
.doc h2, .doc h3, .doc h4, .doc h5, .doc h6 { line-height: 1.35; margin: 1.1em 0 .5em; }
.doc h2 { font-size: 1.2rem; } .doc h3 { font-size: 1.08rem; } .doc h4, .doc h5, .doc h6 { font-size: 1rem; }
.doc p, .doc li, .doc h2, .doc h3, .doc h4, .doc h5, .doc h6 { white-space: pre-line; }
.doc p { margin: 0 0 .75em; }
.doc ul.items { list-style: none; margin: 0 0 .8em; padding: 0; }
.doc ul.items li { margin: 0 0 .3em; padding-left: 2.2em; text-indent: -2.2em; }
.doc ul.items li > * { text-indent: 0; }
.doc li.lvl-1 { margin-left: 1.5em; } .doc li.lvl-2 { margin-left: 3em; } .doc li.lvl-3, .doc li.lvl-4,
.doc li.lvl-5, .doc li.lvl-6 { margin-left: 4.5em; }
.doc .label { display: inline-block; min-width: 2.2em; color: var(--muted); font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; margin: 0 0 1em; }
table.doc-table { border-collapse: collapse; width: 100%; font-size: .875rem; line-height: 1.45; }
table.doc-table th, table.doc-table td { border: 1px solid #c9d1d9; padding: 5px 7px; vertical-align: top;
  text-align: left; }
table.doc-table thead th { background: #f3f5f7; }
table.doc-table tr.colnums td { color: var(--muted); font-size: .75rem; text-align: center; padding: 1px 4px; }
table.doc-table tr.page-start td, table.doc-table tr.page-start th { border-top: 2px dashed #90a4ae; }
.page-marker { display: flex; align-items: center; gap: 10px; color: #78909c; font-size: .75rem; margin: 1.2em 0 .8em;
  text-transform: uppercase; letter-spacing: .08em; }
.page-marker::before, .page-marker::after { content: ""; flex: 1; border-top: 1px dashed #b0bec5; }
.page-badge { float: right; font-size: .7rem; color: #607d8b; background: #eceff1; border-radius: 3px; padding: 0 4px;
  margin-left: 6px; }
mark.hl { color: inherit; scroll-margin: 35vh 0; -webkit-print-color-adjust: exact; print-color-adjust: exact;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.hl.chip { background: var(--c); border-radius: 3px; padding: 0 2px; }
mark.hl.chip mark.hl.chip { outline: 1px solid rgba(0,0,0,.28); }
mark.hl.passage { background: var(--t); border-bottom: 2px solid var(--c); padding-bottom: 1px; }
mark.hl.chip.approx { background: var(--t); border-bottom: 2px dashed var(--c); border-radius: 0; }
mark.hl.fam-warnings { background: transparent; border-bottom: 0; text-decoration: underline wavy var(--c) 1.5px;
  text-underline-offset: 4px; }
mark.hl:hover { filter: brightness(.93); cursor: help; }
mark.hl:target, mark.hl.flash { outline: 3px solid #ff8f00; outline-offset: 1px; animation: pulse 1.4s ease-out 1; }
@keyframes pulse { from { outline-color: #ff6f00; box-shadow: 0 0 0 6px rgba(255,143,0,.35); }
  to { box-shadow: 0 0 0 0 rgba(255,143,0,0); } }
aside.facts { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; background: var(--paper);
  border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px 16px; font-size: .8125rem; line-height: 1.45; }
aside.facts > h2 { font-size: 1rem; margin: 2px 0 6px; }
aside.facts section { margin: 12px 0 0; }
aside.facts h3 { display: flex; align-items: center; gap: 8px; font-size: .875rem; margin: 0 0 4px; padding: 4px 0;
  border-bottom: 1px solid var(--line); position: sticky; top: -12px; background: var(--paper); z-index: 1; }
aside.facts h3 .ru { color: var(--muted); font-weight: normal; }
table.facts-table { border-collapse: collapse; width: 100%; }
table.facts-table th { text-align: left; font-weight: 600; color: var(--muted); font-size: .72rem; padding: 2px 4px;
  text-transform: uppercase; letter-spacing: .04em; }
table.facts-table td { border-top: 1px solid #eef1f4; padding: 4px 4px; vertical-align: top; }
table.facts-table td.n { width: 2.2em; font-variant-numeric: tabular-nums; }
table.facts-table td.conf, table.facts-table td.pg { width: 3em; text-align: right; font-variant-numeric: tabular-nums;
  color: var(--muted); }
table.facts-table td.conf.low { color: #b26a00; font-weight: 600; }
table.facts-table .written code { font-size: .72rem; color: #455a64; background: #f3f5f7; border-radius: 3px;
  padding: 0 3px; }
table.facts-table .val { font-weight: 600; overflow-wrap: anywhere; }
table.facts-table .written { color: var(--muted); overflow-wrap: anywhere; }
table.facts-table .approx-note, table.facts-table .missing { color: #b26a00; }
table.facts-table tr:target td, table.facts-table tr.flash td { background: #fff3e0; }
.no-facts { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .75rem; padding: 0 28px 24px; }
@media (prefers-reduced-motion: reduce) {
  html { scroll-behavior: auto; }
  mark.hl:target, mark.hl.flash { animation: none; }
}
@media (max-width: 1000px) {
  .layout { grid-template-columns: 1fr; }
  aside.facts { position: static; max-height: none; }
  main .doc { padding: 18px 20px; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  header.top { border: 0; padding: 0 0 8pt; }
  .legend input, .skip { display: none; }
  .layout { display: block; padding: 0; }
  main .doc { border: 0; box-shadow: none; padding: 0; }
  aside.facts { position: static; max-height: none; overflow: visible; border: 0; padding: 0; break-before: page; }
  aside.facts h3 { position: static; }
  a { color: inherit; text-decoration: none; }
  mark.hl:target { outline: none; }
  tr, mark.hl.chip { break-inside: avoid; }
}
"""

_JS = """
(function () {
  "use strict";
  document.body.setAttribute("data-js", "ready");
  function flash(element) {
    element.classList.remove("flash");
    void element.offsetWidth;
    element.classList.add("flash");
    window.setTimeout(function () { element.classList.remove("flash"); }, 1600);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var mark = target.closest("mark.hl");
    if (mark) {
      var row = document.getElementById("fact-" + mark.getAttribute("data-fact-id"));
      if (row) { row.scrollIntoView({ block: "center", behavior: "smooth" }); flash(row); }
      return;
    }
    var link = target.closest("a[data-goto]");
    if (link) {
      var id = link.getAttribute("data-goto");
      document.querySelectorAll("mark.hl").forEach(function (element) {
        if (element.getAttribute("data-fact-id") === id) { flash(element); }
      });
    }
  });
})();
"""


def _legend(views: Sequence[_FactView]) -> str:
    counts = {family.key: 0 for family in FAMILIES}
    for view in views:
        counts[view.family] += 1
    items: list[str] = []
    for family in FAMILIES:
        count = counts[family.key]
        style = "passage" if family.passage else "chip"
        items.append(
            f'<li class="fam-{family.key}{"" if count else " empty"}"><label>'
            f'<input type="checkbox" id="show-{family.key}" checked aria-label="show {family.key}">'
            f'<span class="swatch {style}" aria-hidden="true"></span>{family.key} '
            f'<span class="ru" lang="ru">{escape(family.label)}</span> <span class="count">{count}</span></label></li>'
        )
    return (
        '<nav class="legend" aria-label="Fact families">'
        '<h2 class="visually-hidden">Legend: fact families and their colours</h2>'
        f"<ul>{''.join(items)}</ul></nav>"
    )


def _warnings(report: Report, views: Sequence[_FactView]) -> str:
    if not report.warnings:
        return '<p class="no-warnings">No warnings.</p>'
    anchors = {view.fact_id: view.marks[0].anchor for view in views if view.family == "warnings" and view.marks}
    items: list[str] = []
    for index, warning in enumerate(report.warnings):
        anchor = anchors.get(f"warnings-{index}")
        link = f' <a href="#{anchor}" data-goto="warnings-{index}">show in text</a>' if anchor else ""
        items.append(f"<li><code>{escape(warning.code)}</code> {escape(warning.message)}{link}</li>")
    return (
        f'<section class="warnings" aria-label="Warnings"><h2>Warnings ({len(report.warnings)})</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


def _rule_label(view: _FactView) -> str:
    prefix = f"{view.family}."
    return view.rule[len(prefix) :] if view.rule.startswith(prefix) else view.rule


def _panel(document: Document, views: Sequence[_FactView]) -> str:
    total = sum(1 for view in views if view.family != "warnings")
    out = [
        '<aside class="facts" id="facts" aria-label="Extracted facts">',
        f'<h2>Facts <span class="count">{total}</span></h2>',
    ]
    if not views:
        out.append('<p class="no-facts">No facts were extracted from this document.</p>')
    for family in FAMILIES:
        rows = [view for view in views if view.family == family.key]
        if not rows:
            continue
        style = "passage" if family.passage else "chip"
        out.append(
            f'<section class="fam-{family.key}" id="family-{family.key}" aria-label="{family.key}">'
            f'<h3><span class="swatch {style}" aria-hidden="true"></span>{family.key} '
            f'<span class="ru" lang="ru">{escape(family.label)}</span> <span class="count">{len(rows)}</span></h3>'
            '<table class="facts-table"><thead><tr><th scope="col">#</th><th scope="col">value · as written · rule</th>'
            '<th scope="col">conf.</th><th scope="col">page</th></tr></thead><tbody>'
        )
        for view in rows:
            out.append(_panel_row(document, view))
        out.append("</tbody></table></section>")
    out.append("</aside>")
    return "".join(out)


def _panel_row(document: Document, view: _FactView) -> str:
    fact_id = escape(view.fact_id)
    passage = _FAMILY[view.family].passage
    if view.marks:
        number = f'<a href="#{escape(view.marks[0].anchor)}" data-goto="{fact_id}">{view.number}</a>'
        links: list[str] = []
        for index, mark in enumerate(view.marks):
            label = f"mention {index + 1}" if passage or len(view.marks) > 3 else ""
            text = label or f"«{_short(document.text[mark.start : mark.stop], 90)}»"
            links.append(f'<a href="#{escape(mark.anchor)}" data-goto="{fact_id}">{escape(text)}</a>')
        if passage and len(links) == 1:
            links = [f'<a href="#{escape(view.marks[0].anchor)}" data-goto="{fact_id}">show in text</a>']
        written = ", ".join(links)
        if not any(mark.exact for mark in view.marks):
            written += ' <span class="approx-note">(whole evidence)</span>'
    else:
        number = str(view.number)
        written = '<span class="missing">not found in the text</span>'
    rule = f'<code title="rule {escape(view.rule)}">{escape(_rule_label(view))}</code>' if view.rule else ""
    confidence = "" if view.confidence is None else f"{view.confidence:.2f}"
    low = " low" if view.confidence is not None and view.confidence < 0.8 else ""
    page = "" if view.page is None else str(view.page)
    return (
        f'<tr id="fact-{fact_id}" data-fact-id="{fact_id}" data-family="{view.family}">'
        f'<td class="n">{number}</td>'
        f'<td><div class="val">{escape(view.summary)}</div>'
        f'<div class="written" lang="ru">{written}{" · " if rule else ""}{rule}</div></td>'
        f'<td class="conf{low}">{confidence}</td><td class="pg">{page}</td></tr>'
    )


def _meta(document: Document, report: Report) -> str:
    source = document.source
    info = report.document
    parts = [source.format.upper()]
    if source.pages:
        parts.append(f"{source.pages} page{'s' if source.pages != 1 else ''}")
    parts.append(f"{len(document.text):,} characters".replace(",", " "))
    parts.append(f"{len(document.blocks)} blocks")
    if info.kind.value != "other":
        parts.append(info.kind.value)
    parts.extend(value for value in (info.municipality, info.region) if value)
    if info.period is not None and info.period.start and info.period.end:
        parts.append(f"{info.period.start.isoformat()} … {info.period.end.isoformat()}")
    parts.append(f"sha256 {source.sha256[:12]}")
    parts.append(f"mocparse {report.mocparse_version or __version__}")
    return '<p class="meta">' + "".join(f"<span>{escape(part)}</span>" for part in parts) + "</p>"


def render_review(document: Document, report: Report) -> str:
    """One self-contained HTML page showing ``document`` with every fact of ``report`` highlighted."""
    views = _views(document, report)
    renderer = _Renderer(document, views)
    body = renderer.blocks() if document.blocks else '<p class="no-facts">The document has no text.</p>'
    for view in views:  # a span lying only on separators between blocks or cells draws nothing
        view.marks = [mark for mark in view.marks if mark.anchor in renderer.emitted]
    name = document.source.path.replace("\\", "/").rsplit("/", 1)[-1] or "document"
    title = report.document.title or name
    facts = sum(1 for view in views if view.family != "warnings")
    located = sum(1 for view in views if view.family != "warnings" and view.marks)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="mocparse">',
            f"<title>Review: {escape(name)}</title>",
            f"<style>{_CSS}\n{_family_css()}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#facts">Skip to the list of facts</a>',
            '<header class="top">',
            f'<p class="eyebrow"><strong>mocparse review</strong> · {escape(name)} · '
            f"{facts} facts, {located} highlighted</p>",
            f'<h1 lang="ru">{escape(title)}</h1>',
            _meta(document, report),
            _warnings(report, views),
            _legend(views),
            "</header>",
            '<div class="layout">',
            f'<main id="document" aria-label="Document text"><article class="doc" lang="ru">{body}</article></main>',
            _panel(document, views),
            "</div>",
            f"<footer>Generated by mocparse {escape(__version__)} from {escape(document.source.path)}. "
            "Hover a highlight for its normalized value; click it to find its row.</footer>",
            f"<script>{_JS}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
