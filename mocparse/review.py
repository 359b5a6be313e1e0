"""A self-contained HTML review page: the document with every extracted fact highlighted in place,
and a panel where a methodologist accepts, rejects or corrects each fact (docs/review.md).

:func:`render_review` lays the document out in reading order from the document model (headings,
paragraphs, list items with their labels, tables as HTML tables, page markers) and wraps each fact's
own characters in a ``<mark>``: the value as written (``evidence.span``) strongly, the phrase it
was read from (``evidence.phrase``) lightly, and the whole evidence, marked *approximate*, when a
fact has no span. Families, their labels, colours and one-line descriptions come from the family
registry (:mod:`mocparse.families`); nothing is searched for in the text again.

The panel lists every fact per family. With JavaScript the page also has search, filters that hide
rows, next / previous fact, keyboard shortcuts and the review itself: decisions are kept in the
browser while one works and saved as a corrections JSON file (:mod:`mocparse.corrections`)
by the browser's download. The page is in Russian; ``lang="en"`` gives English.

:func:`evidence_document` builds a document from the evidence of a report alone, for reports read
from a batch JSONL or the database when the source file is not at hand.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any, Literal

from mocparse import __version__
from mocparse.corrections import DocumentReview, editable_fields, locate
from mocparse.document import Block, BlockKind, Document, SourceInfo, Table
from mocparse.families import registry
from mocparse.records import DocumentInfo, Evidence, Report, ReportWarning, TextSpan

__all__ = ["Language", "evidence_document", "render_review"]

Language = Literal["ru", "en"]

_TEXT: dict[str, dict[str, str]] = {
    "ru": {
        "document": "Документ",
        "warnings": "Предупреждения",
        "title": "Проверка",
        "skip": "К списку фактов",
        "facts": "Факты",
        "no_facts": "В документе не найдено ни одного факта.",
        "no_text": "В документе нет текста.",
        "no_warnings": "Предупреждений нет.",
        "show_in_text": "показать в тексте",
        "mention": "упоминание",
        "whole_evidence": "(выделено всё доказательство)",
        "not_found": "не найдено в тексте",
        "page": "стр.",
        "pages": "стр.",
        "chars": "символов",
        "blocks": "блоков",
        "col_n": "№",
        "col_fact": "факт · как написано · правило",
        "col_conf": "увер.",
        "col_page": "стр.",
        "col_review": "решение",
        "rule": "правило",
        "confidence": "уверенность",
        "accept": "Верно (A)",
        "reject": "Неверно, это не факт (R)",
        "edit": "Исправить (E)",
        "legend": "Семейства фактов",
        "search": "Поиск по фактам и тексту ( / )",
        "filter": "Показать",
        "f_all": "все факты",
        "f_open": "без решения",
        "f_accepted": "верные",
        "f_rejected": "отклонённые",
        "f_corrected": "исправленные",
        "prev": "← Предыдущий (K)",
        "next": "Следующий (J) →",
        "reviewer": "Проверяющий",
        "complete": "Проверка завершена (факты без решения считаются верными)",
        "save": "Сохранить исправления (JSON)",
        "open": "Открыть сохранённые…",
        "keys": "Клавиши: J / K — следующий / предыдущий факт, A — верно, R — неверно, E — исправить, "
        "U — снять решение, / — поиск, Ctrl+S — сохранить, Esc — закрыть",
        "partial": "Полного текста документа нет под рукой: показаны только фрагменты, из которых прочитаны факты.",
        "footer": "Наведите на выделение, чтобы увидеть значение; щёлкните, чтобы найти его в списке.",
        "generated": "Создано mocparse",
        "from": "из",
        "highlighted": "выделено",
        "facts_n": "фактов",
        "reviewed": "проверено",
    },
    "en": {
        "document": "Document",
        "warnings": "Warnings",
        "title": "Review",
        "skip": "Skip to the list of facts",
        "facts": "Facts",
        "no_facts": "No facts were extracted from this document.",
        "no_text": "The document has no text.",
        "no_warnings": "No warnings.",
        "show_in_text": "show in text",
        "mention": "mention",
        "whole_evidence": "(whole evidence highlighted)",
        "not_found": "not found in the text",
        "page": "page",
        "pages": "pages",
        "chars": "characters",
        "blocks": "blocks",
        "col_n": "#",
        "col_fact": "fact · as written · rule",
        "col_conf": "conf.",
        "col_page": "page",
        "col_review": "decision",
        "rule": "rule",
        "confidence": "confidence",
        "accept": "Right (A)",
        "reject": "Wrong, not a fact (R)",
        "edit": "Correct (E)",
        "legend": "Fact families",
        "search": "Search facts and text ( / )",
        "filter": "Show",
        "f_all": "all facts",
        "f_open": "undecided",
        "f_accepted": "right",
        "f_rejected": "rejected",
        "f_corrected": "corrected",
        "prev": "← Previous (K)",
        "next": "Next (J) →",
        "reviewer": "Reviewer",
        "complete": "Review complete (undecided facts count as right)",
        "save": "Save corrections (JSON)",
        "open": "Open saved…",
        "keys": "Keys: J / K next / previous fact, A right, R wrong, E correct, U undo, / search, Ctrl+S save, "
        "Esc close",
        "partial": "The full text is not at hand: only the passages the facts were read from are shown.",
        "footer": "Hover a highlight for its value; click it to find its row.",
        "generated": "Generated by mocparse",
        "from": "from",
        "highlighted": "highlighted",
        "facts_n": "facts",
        "reviewed": "reviewed",
    },
}

# The two parts of a page that are not fact families: what the document is, and the warnings.
_DOCUMENT = "document"
_WARNINGS = "warnings"


@dataclass(frozen=True, slots=True)
class _Section:
    """A group of the page: a fact family of the registry, the document information or the warnings."""

    key: str
    label: str
    colour: str
    passage: bool
    rank: int
    reviewable: bool


def _sections(lang: Language) -> list[_Section]:
    text = _TEXT[lang]
    families = [
        _Section(
            family.name, family.label_ru if lang == "ru" else family.label_en, family.colour, family.passage, i, True
        )
        for i, family in enumerate(registry())
    ]
    return [
        *families,
        _Section(_DOCUMENT, text["document"], "#546e7a", True, len(families), False),
        _Section(_WARNINGS, text["warnings"], "#d32f2f", True, len(families) + 1, False),
    ]


# --------------------------------------------------------------------------- facts to show

MarkStyle = Literal["value", "phrase", "evidence"]


@dataclass(slots=True)
class _Mark:
    """One highlight: an absolute ``[start, stop)`` span of the canonical text."""

    start: int
    stop: int
    anchor: str
    style: MarkStyle


@dataclass(slots=True)
class _FactView:
    """A fact as the page shows it: summary, provenance and where it is highlighted."""

    fact_id: str
    section: _Section
    index: int
    summary: str
    rule: str
    confidence: float | None
    page: int | None
    marks: list[_Mark] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    context: str = ""

    @property
    def title(self) -> str:
        """Tooltip text of the fact's highlights."""
        lines = [f"{self.section.label}: {self.summary}"]
        if self.rule:
            confidence = f", {self.confidence:.2f}" if self.confidence is not None else ""
            lines.append(f"{self.rule}{confidence}")
        return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidences(fact: object) -> list[Evidence]:
    """The evidence of a fact: its ``evidence``, or every evidence in its lists (a person's mentions)."""
    evidence = getattr(fact, "evidence", None)
    if isinstance(evidence, Evidence):
        return [evidence]
    found: list[Evidence] = []
    for name in getattr(type(fact), "model_fields", {}):
        value = getattr(fact, name, None)
        if isinstance(value, list) and value and all(isinstance(item, Evidence) for item in value):
            found.extend(value)
    return found


def _same_text(left: str, right: str) -> bool:
    return left == right or left.split() == right.split()


def _evidence_span(document: Document, evidence: Evidence) -> tuple[int, int] | None:
    """The evidence's span in the canonical text, checked against its text (searched for when stale)."""
    text = document.text
    start, end = evidence.start, evidence.end
    if 0 <= start < end <= len(text) and _same_text(text[start:end], evidence.text):
        return start, end
    if not evidence.text.strip():
        return None
    positions = [match.start() for match in re.finditer(re.escape(evidence.text), text)]
    if not positions:
        return None
    position = min(positions, key=lambda candidate: abs(candidate - start))
    return position, position + len(evidence.text)


def _piece(document: Document, piece: TextSpan | None, shift: int) -> tuple[int, int] | None:
    """A span or phrase of a fact, moved with its evidence, when the text there is what it says."""
    if piece is None:
        return None
    start, end = piece.start + shift, piece.end + shift
    if 0 <= start < end <= len(document.text) and _same_text(document.text[start:end], piece.text):
        return start, end
    return None


def _summary(section: _Section, fact: object, lang: Language) -> str:
    if isinstance(fact, DocumentInfo):
        parts = [fact.kind.value]
        parts.extend(value for value in (fact.municipality, fact.region) if value)
        if fact.period is not None and fact.period.start and fact.period.end:
            parts.append(f"{fact.period.start.isoformat()} … {fact.period.end.isoformat()}")
        return ", ".join(parts)
    if isinstance(fact, ReportWarning):
        return f"{fact.code}: {fact.message}"
    return registry()[section.key].describe(fact)


def _views(document: Document, report: Report, sections: Sequence[_Section], lang: Language) -> list[_FactView]:
    """Every fact of the report with its summary and highlights, section by section."""
    views: list[_FactView] = []
    for section in sections:
        if section.key == _DOCUMENT:
            facts: Sequence[object] = [report.document] if report.document.evidence is not None else []
        elif section.key == _WARNINGS:
            facts = report.warnings
        else:
            facts = report.facts(section.key)
        for index, fact in enumerate(facts):
            fact_id = f"{section.key}-{index}"
            view = _FactView(
                fact_id,
                section,
                index,
                _summary(section, fact, lang),
                str(getattr(fact, "rule", "") or ""),
                getattr(fact, "confidence", None),
                None,
            )
            evidences = _evidences(fact)
            for position, evidence in enumerate(evidences):
                if view.page is None:
                    view.page = evidence.page
                found = _evidence_span(document, evidence)
                if found is None:
                    continue
                view.context += " " + evidence.text
                anchor = f"hl-{fact_id}" if position == 0 else f"hl-{fact_id}-{position}"
                shift = found[0] - evidence.start
                value = _piece(document, evidence.span, shift)
                phrase = _piece(document, evidence.phrase, shift)
                if value is not None:
                    view.marks.append(_Mark(*value, anchor, "value"))
                    view.written.append(document.text[value[0] : value[1]])
                if phrase is not None and phrase != value:
                    view.marks.append(_Mark(*phrase, anchor if value is None else f"{anchor}-phrase", "phrase"))
                if value is None and phrase is None:
                    view.marks.append(_Mark(*found, anchor, "evidence"))
            views.append(view)
    return views


def evidence_document(report: Report) -> Document:
    """A document made of the report's evidence passages alone, at their own offsets (the rest of
    the text is blank), for a review page when the source file is not at hand."""
    pieces: list[tuple[int, int, str, int | None]] = []
    infos: list[object] = [report.document, *report.warnings]
    for family in registry():
        infos.extend(report.facts(family.name))
    for fact in infos:
        for evidence in _evidences(fact):
            if evidence.end > evidence.start and len(evidence.text) == evidence.end - evidence.start:
                pieces.append((evidence.start, evidence.end, evidence.text, evidence.page))
    pieces.sort()
    length = max((end for _, end, _, _ in pieces), default=0)
    buffer = [" "] * length
    for start, end, text, _ in pieces:
        buffer[start:end] = list(text)
    blocks: list[Block] = []
    for start, end, _, page in pieces:
        if blocks and start <= blocks[-1].stop:
            last = blocks[-1]
            blocks[-1] = last.model_copy(update={"stop": max(last.stop, end)})
            continue
        blocks.append(
            Block(index=len(blocks), kind=BlockKind.PARAGRAPH, start=start, stop=end, body_start=start, page=page)
        )
    source = report.source
    return Document(
        text="".join(buffer),
        blocks=blocks,
        source=SourceInfo(path=source.path, format=source.format, sha256=source.sha256, pages=source.pages),
    )


# --------------------------------------------------------------------------- rendering text


@dataclass(frozen=True, slots=True)
class _Highlight:
    """One highlight to draw, with everything its ``<mark>`` needs."""

    start: int
    stop: int
    anchor: str
    view: _FactView
    style: MarkStyle

    @property
    def order(self) -> tuple[int, int, int, str]:
        """Outer highlights first: earlier start, then longer, then family order."""
        return (self.start, -self.stop, self.view.section.rank, self.anchor)


class _Renderer:
    """Writes the document blocks with highlights, splitting ``<mark>``s so the HTML nests."""

    def __init__(self, document: Document, views: Iterable[_FactView], text: dict[str, str], partial: bool) -> None:
        self.document = document
        self.text = text
        self.partial = partial
        self.emitted: set[str] = set()
        self.by_block: dict[int, list[_Highlight]] = {}
        starts = [block.start for block in document.blocks]
        for view in views:
            for mark in view.marks:
                highlight = _Highlight(mark.start, mark.stop, mark.anchor, view, mark.style)
                first = max(0, bisect.bisect_right(starts, mark.start) - 1)
                last = max(0, bisect.bisect_right(starts, mark.stop - 1) - 1)
                for index in range(first, last + 1):
                    self.by_block.setdefault(index, []).append(highlight)

    def _open(self, highlight: _Highlight) -> str:
        view = highlight.view
        section = view.section
        classes = ["hl", f"fam-{section.key}", "passage" if section.passage else "chip", highlight.style]
        approximate = highlight.style == "evidence" and not section.passage
        if approximate:
            classes.append("approx")
        title = view.title + (chr(10) + self.text["whole_evidence"] if approximate else "")
        attributes = [
            f'class="{" ".join(classes)}"',
            f'data-family="{section.key}"',
            f'data-fact-id="{escape(view.fact_id)}"',
            f'title="{escape(title)}"',
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
            if self.partial and block.index:
                out.append('<p class="gap" aria-hidden="true">…</p>')
            if block.page is not None and block.page != page:
                if in_list:
                    out.append("</ul>")
                    in_list = False
                page = block.page
                out.append(_page_marker(page, self._page_id(page), self.text["page"]))
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
                badge = _page_badge(page, self._page_id(page), self.text["page"])
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


def _page_marker(page: int, anchor: str, word: str) -> str:
    return (
        f'<div class="page-marker"{anchor} role="separator" aria-label="{word} {page}"><span>{word} {page}</span></div>'
    )


def _page_badge(page: int, anchor: str, word: str) -> str:
    return f'<span class="page-badge"{anchor}>{word} {page}</span>'


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


# --------------------------------------------------------------------------- the page


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _family_css(sections: Sequence[_Section]) -> str:
    """Colour variables per section, and the rules that hide a section's highlights and rows when
    its legend box is unticked (they work without JavaScript too)."""
    rules: list[str] = []
    for section in sections:
        red, green, blue = _hex_rgb(section.colour)
        tint = f"rgba({red}, {green}, {blue}, {0.13 if section.passage else 0.28})"
        light = f"rgba({red}, {green}, {blue}, 0.12)"
        rules.append(f".fam-{section.key} {{ --c: {section.colour}; --t: {tint}; --l: {light}; }}")
        rules.append(
            f"body:has(#show-{section.key}:not(:checked)) mark.hl.fam-{section.key} "
            "{ background: none; border-color: transparent; text-decoration: none; outline: none; }"
        )
        rules.append(
            f"body:has(#show-{section.key}:not(:checked)) tr[data-family={section.key}], "
            f"body:has(#show-{section.key}:not(:checked)) section#family-{section.key} {{ display: none; }}"
        )
    return "\n".join(rules)


_REVIEW_CSS = """
.toolbar { position: sticky; top: 0; z-index: 5; background: var(--paper); border-bottom: 1px solid var(--line);
  padding: 8px 28px; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; font-size: .8125rem; }
.toolbar input[type=search] { min-width: 260px; padding: 4px 8px; border: 1px solid #aab4be; border-radius: 6px; }
.toolbar select, .toolbar button, .toolbar input[type=text] { font: inherit; padding: 3px 8px;
  border: 1px solid #aab4be;
  border-radius: 6px; background: #fafbfc; }
.toolbar button { cursor: pointer; }
.toolbar button.primary { background: #0b5cad; color: #fff; border-color: #0b5cad; }
.toolbar .file { display: inline-flex; align-items: center; gap: 4px; }
.toolbar .file input { width: 12em; }
.toolbar .progress, .toolbar .position { color: var(--muted); font-variant-numeric: tabular-nums; }
.toolbar .keys { flex-basis: 100%; color: var(--muted); font-size: .75rem; margin: 0; }
#message:empty { display: none; }
#message { color: #1b5e20; }
mark.hl.phrase { background: var(--l); border-bottom: 1px dotted var(--c); border-radius: 0; padding: 0; }
mark.hl.chip.value { background: var(--c); }
mark.hl[data-decision=rejected] { text-decoration: line-through 2px #b71c1c; }
mark.hl[data-decision=accepted], mark.hl[data-decision=corrected] { box-shadow: inset 0 -2px 0 #2e7d32; }
mark.hl.filtered-out { background: none; border-color: transparent; box-shadow: none; }
tr.fact-row.current td { background: #e3f2fd; }
tr.fact-row td.decide { white-space: nowrap; width: 6.6em; text-align: right; }
td.decide button { font: inherit; width: 2em; height: 1.9em; margin-left: 2px; border: 1px solid #b0bec5;
  border-radius: 5px;
  background: #fff; cursor: pointer; }
tr[data-decision=accepted] td.decide button[data-act=accepted] { background: #2e7d32; color: #fff;
  border-color: #2e7d32; }
tr[data-decision=rejected] td.decide button[data-act=rejected] { background: #b71c1c; color: #fff;
  border-color: #b71c1c; }
tr[data-decision=corrected] td.decide button[data-act=edit] { background: #ef6c00; color: #fff; border-color: #ef6c00; }
tr[data-decision=rejected] .val { text-decoration: line-through; color: var(--muted); }
.status { color: #ef6c00; font-weight: 600; }
form.editor { display: grid; grid-template-columns: max-content 1fr; gap: 3px 8px; margin: 6px 0 2px; padding: 6px;
  background: #fff8e1; border: 1px solid #ffe082; border-radius: 6px; }
form.editor label { display: contents; }
form.editor input, form.editor select { font: inherit; min-width: 0; padding: 1px 4px; }
form.editor .actions { grid-column: 1 / -1; display: flex; gap: 6px; }
form.editor .error { grid-column: 1 / -1; color: #b71c1c; }
p.gap { color: var(--muted); text-align: center; margin: .2em 0 .6em; }
.partial { background: #fff8e1; border: 1px solid #ffe082; border-radius: 6px; padding: 4px 10px; font-size: .85rem; }
@media print { .toolbar, td.decide { display: none; } }
"""

_JS = """
(function () {
  "use strict";
  var body = document.body;
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var T = data.text;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.fact-row"));
  var byId = {};
  rows.forEach(function (row) { byId[row.getAttribute("data-fact-id")] = row; });
  var marksById = {};
  document.querySelectorAll("mark.hl").forEach(function (mark) {
    var id = mark.getAttribute("data-fact-id");
    (marksById[id] = marksById[id] || []).push(mark);
  });
  var search = document.getElementById("search");
  var filter = document.getElementById("filter-decision");
  var reviewer = document.getElementById("reviewer");
  var complete = document.getElementById("complete");
  var message = document.getElementById("message");
  var storageKey = "mocparse-review:" + data.sha256;
  var state = { decisions: {}, reviewer: "", complete: false, saved_at: null };
  var current = null;

  function say(text) { message.textContent = text; }
  function flash(element) {
    element.classList.remove("flash");
    void element.offsetWidth;
    element.classList.add("flash");
    window.setTimeout(function () { element.classList.remove("flash"); }, 1600);
  }
  function restore() {
    var chosen = data.initial || null;
    var local = null;
    try { local = JSON.parse(window.localStorage.getItem(storageKey) || "null"); } catch (error) { local = null; }
    if (local && (!chosen || (local.saved_at || "") > (chosen.saved_at || ""))) { chosen = local; }
    if (chosen) {
      state.decisions = chosen.decisions || {};
      state.reviewer = chosen.reviewer || "";
      state.complete = !!chosen.complete;
      state.saved_at = chosen.saved_at || null;
    }
  }
  function persist() {
    state.saved_at = new Date().toISOString();
    try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (error) { /* storage off */ }
  }
  function show(value) {
    if (value === null || value === undefined) { return "—"; }
    return String(value);
  }
  function paint(id) {
    var row = byId[id];
    if (!row) { return; }
    var decision = state.decisions[id];
    var name = decision ? decision.decision : "";
    row.setAttribute("data-decision", name);
    var status = row.querySelector(".status");
    if (status) {
      status.textContent = decision && decision.decision === "corrected"
        ? "→ " + Object.keys(decision.changes).map(function (key) {
          return key + " = " + show(decision.changes[key]);
        }).join(", ")
        : "";
    }
    (marksById[id] || []).forEach(function (mark) { mark.setAttribute("data-decision", name); });
  }
  function progress() {
    var ids = Object.keys(data.facts);
    var done = ids.filter(function (id) { return state.decisions[id]; }).length;
    document.getElementById("progress").textContent = T.reviewed + " " + done + " / " + ids.length;
  }
  function paintAll() {
    Object.keys(data.facts).forEach(paint);
    reviewer.value = state.reviewer;
    complete.checked = state.complete;
    progress();
    applyFilters();
  }
  function visible(row) {
    var box = document.getElementById("show-" + row.getAttribute("data-family"));
    if (box && !box.checked) { return false; }
    var query = search.value.trim().toLowerCase();
    if (query && row.getAttribute("data-search").indexOf(query) < 0) { return false; }
    var wanted = filter.value;
    if (wanted !== "all") {
      var id = row.getAttribute("data-fact-id");
      if (!data.facts[id]) { return false; }
      if ((row.getAttribute("data-decision") || "open") !== wanted) { return false; }
    }
    return true;
  }
  function applyFilters() {
    rows.forEach(function (row) {
      var shown = visible(row);
      row.hidden = !shown;
      (marksById[row.getAttribute("data-fact-id")] || []).forEach(function (mark) {
        mark.classList.toggle("filtered-out", !shown);
      });
    });
    document.querySelectorAll("aside.facts section").forEach(function (section) {
      section.hidden = !section.querySelector("tr.fact-row:not([hidden])");
    });
    var list = visibleRows();
    var at = list.indexOf(byId[current]);
    document.getElementById("position").textContent = (at < 0 ? "–" : at + 1) + " / " + list.length;
  }
  function visibleRows() { return rows.filter(function (row) { return !row.hidden; }); }
  function select(id, toText) {
    if (current && byId[current]) { byId[current].classList.remove("current"); }
    current = id;
    var row = byId[id];
    if (!row) { return; }
    row.classList.add("current");
    row.scrollIntoView({ block: "nearest" });
    var mark = document.getElementById("hl-" + id);
    if (mark && toText) { mark.scrollIntoView({ block: "center" }); flash(mark); }
    var list = visibleRows();
    document.getElementById("position").textContent = (list.indexOf(row) + 1) + " / " + list.length;
  }
  function step(delta) {
    var list = visibleRows();
    if (!list.length) { return; }
    var at = list.indexOf(byId[current]);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    select(list[next].getAttribute("data-fact-id"), true);
  }
  function decide(id, decision, changes) {
    if (!data.facts[id]) { return; }
    if (decision === null) {
      delete state.decisions[id];
    } else {
      var before = state.decisions[id] || {};
      state.decisions[id] = { decision: decision, changes: changes || {}, comment: before.comment || null };
    }
    persist();
    paint(id);
    progress();
    say("");
  }
  function closeEditors() {
    document.querySelectorAll("form.editor").forEach(function (form) { form.remove(); });
  }
  function parseValue(field, raw, original) {
    if (raw === "") { return field.optional ? null : undefined; }
    if (field.kind === "int") {
      var whole = raw.replace(/[\\s\\u00a0\\u202f]/g, "");
      return /^-?\\d+$/.test(whole) ? parseInt(whole, 10) : undefined;
    }
    if (field.kind === "float") {
      var number = Number(raw.replace(/[\\s\\u00a0\\u202f]/g, "").replace(",", "."));
      return isNaN(number) ? undefined : number;
    }
    if (field.kind === "choice" && typeof original === "boolean") { return raw === "true"; }
    return raw;
  }
  function edit(id) {
    var row = byId[id];
    var fact = data.facts[id];
    if (!row || !fact) { return; }
    closeEditors();
    select(id, false);
    var fields = data.fields[fact.family] || [];
    var decision = state.decisions[id];
    var changes = (decision && decision.changes) || {};
    var form = document.createElement("form");
    form.className = "editor";
    fields.forEach(function (field) {
      var changed = Object.prototype.hasOwnProperty.call(changes, field.name);
      var value = changed ? changes[field.name] : fact.fact[field.name];
      var label = document.createElement("label");
      var caption = document.createElement("span");
      caption.textContent = field.name;
      var input;
      if (field.kind === "choice") {
        input = document.createElement("select");
        var options = field.options.slice();
        if (field.optional) { options.unshift(["", "—"]); }
        options.forEach(function (option) {
          var element = document.createElement("option");
          element.value = option[0];
          element.textContent = option[0] && option[1] !== option[0] ? option[1] + " (" + option[0] + ")" : option[1];
          input.appendChild(element);
        });
      } else {
        input = document.createElement("input");
        input.type = "text";
        if (field.kind !== "text") { input.inputMode = "decimal"; }
      }
      input.name = field.name;
      input.value = value === null || value === undefined ? "" : String(value);
      label.appendChild(caption);
      label.appendChild(input);
      form.appendChild(label);
    });
    var actions = document.createElement("div");
    actions.className = "actions";
    var ok = document.createElement("button");
    ok.type = "submit";
    ok.textContent = T.apply;
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = T.cancel;
    cancel.addEventListener("click", closeEditors);
    actions.appendChild(ok);
    actions.appendChild(cancel);
    form.appendChild(actions);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var found = {};
      var wrong = [];
      fields.forEach(function (field) {
        var original = fact.fact[field.name];
        var value = parseValue(field, form.elements[field.name].value.trim(), original);
        if (value === undefined) { wrong.push(field.name); return; }
        var before = original === undefined ? null : original;
        if (JSON.stringify(value) !== JSON.stringify(before)) { found[field.name] = value; }
      });
      if (wrong.length) {
        var error = form.querySelector(".error") || form.appendChild(document.createElement("p"));
        error.className = "error";
        error.textContent = T.invalid + ": " + wrong.join(", ");
        return;
      }
      decide(id, Object.keys(found).length ? "corrected" : "accepted", found);
      form.remove();
      applyFilters();
    });
    row.querySelector(".fact-cell").appendChild(form);
    var first = form.querySelector("input, select");
    if (first) { first.focus(); }
  }
  function corrections() {
    var facts = [];
    Object.keys(data.facts).forEach(function (id) {
      var decision = state.decisions[id];
      var fact = data.facts[id];
      if (!decision && !state.complete) { return; }
      facts.push({
        family: fact.family,
        index: fact.index,
        decision: decision ? decision.decision : "accepted",
        changes: decision ? decision.changes : {},
        fact: fact.fact,
        comment: decision ? decision.comment : null
      });
    });
    return {
      format: "mocparse-corrections",
      version: 1,
      documents: [{
        sha256: data.sha256,
        path: data.path,
        mocparse_version: data.mocparse_version,
        reviewer: state.reviewer || null,
        saved_at: new Date().toISOString(),
        complete: state.complete,
        document: data.document,
        facts: facts
      }]
    };
  }
  function save() {
    var blob = new Blob([JSON.stringify(corrections(), null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "corrections-" + data.sha256.slice(0, 12) + ".json";
    body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
    say(T.saved + " " + link.download);
  }
  function keyOf(family, fact) {
    var evidence = fact.evidence;
    if (!evidence) {
      for (var name in fact) {
        var value = fact[name];
        if (Array.isArray(value) && value.length && value[0] && typeof value[0].start === "number") {
          evidence = value[0];
          break;
        }
      }
    }
    if (!evidence) { return family + "@" + JSON.stringify(fact); }
    var span = evidence.span || {};
    return family + "@" + evidence.start + ":" + evidence.end + "/" + span.start + ":" + span.end;
  }
  function findFact(item, taken) {
    var ids = Object.keys(data.facts);
    var wanted = JSON.stringify(item.fact);
    var direct = item.family + "-" + item.index;
    if (data.facts[direct] && !taken[direct] && JSON.stringify(data.facts[direct].fact) === wanted) { return direct; }
    var same = ids.filter(function (id) {
      return !taken[id] && data.facts[id].family === item.family && JSON.stringify(data.facts[id].fact) === wanted;
    });
    if (same.length) { return same[0]; }
    var key = keyOf(item.family, item.fact);
    var near = ids.filter(function (id) {
      return !taken[id] && data.facts[id].family === item.family && keyOf(item.family, data.facts[id].fact) === key;
    });
    return near.length ? near[0] : null;
  }
  function openSaved(text) {
    var parsed = JSON.parse(text);
    var documents = parsed.documents || [parsed];
    var review = documents.filter(function (item) { return item.sha256 === data.sha256; })[0];
    if (!review) { say(T.other_document); return; }
    var taken = {};
    var lost = 0;
    state.decisions = {};
    (review.facts || []).forEach(function (item) {
      var id = findFact(item, taken);
      if (!id) { lost += 1; return; }
      taken[id] = true;
      state.decisions[id] = { decision: item.decision, changes: item.changes || {}, comment: item.comment || null };
    });
    state.reviewer = review.reviewer || state.reviewer;
    state.complete = !!review.complete;
    persist();
    paintAll();
    say(T.opened + (lost ? " (" + lost + " " + T.lost + ")" : ""));
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var button = target.closest("td.decide button");
    if (button) {
      var id = button.closest("tr").getAttribute("data-fact-id");
      var act = button.getAttribute("data-act");
      select(id, false);
      if (act === "edit") { edit(id); return; }
      var decision = state.decisions[id];
      decide(id, decision && decision.decision === act ? null : act);
      applyFilters();
      return;
    }
    var mark = target.closest("mark.hl");
    if (mark) {
      var row = byId[mark.getAttribute("data-fact-id")];
      if (row) {
        select(mark.getAttribute("data-fact-id"), false);
        row.scrollIntoView({ block: "center" });
        flash(row);
      }
      return;
    }
    var link = target.closest("a[data-goto]");
    if (link) {
      var goto = link.getAttribute("data-goto");
      if (byId[goto]) { select(goto, false); }
      (marksById[goto] || []).forEach(flash);
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target instanceof Element && (/^(SELECT|TEXTAREA)$/.test(target.tagName) ||
      (target.tagName === "INPUT" && !/^(checkbox|radio|button|file)$/.test(target.type)));
    if (event.key === "Escape") { closeEditors(); if (typing) { target.blur(); } return; }
    if ((event.ctrlKey || event.metaKey) && event.code === "KeyS") { event.preventDefault(); save(); return; }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) { return; }
    switch (event.code) {
      case "KeyJ": step(1); break;
      case "KeyK": step(-1); break;
      case "KeyA": if (current) { decide(current, "accepted"); applyFilters(); step(1); } break;
      case "KeyR": case "KeyX": if (current) { decide(current, "rejected"); applyFilters(); step(1); } break;
      case "KeyE": if (current) { edit(current); } break;
      case "KeyU": if (current) { decide(current, null); applyFilters(); } break;
      case "Slash": search.focus(); break;
      default: return;
    }
    event.preventDefault();
  });
  search.addEventListener("input", applyFilters);
  filter.addEventListener("change", applyFilters);
  document.querySelectorAll(".legend input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("save").addEventListener("click", save);
  reviewer.addEventListener("change", function () { state.reviewer = reviewer.value.trim(); persist(); });
  complete.addEventListener("change", function () { state.complete = complete.checked; persist(); });
  document.getElementById("open-corrections").addEventListener("change", function (event) {
    var file = event.target.files && event.target.files[0];
    if (file) { file.text().then(openSaved); }
  });
  restore();
  paintAll();
  body.setAttribute("data-js", "ready");
})();
"""


def _legend(sections: Sequence[_Section], views: Sequence[_FactView], text: dict[str, str]) -> str:
    counts = {section.key: 0 for section in sections}
    for view in views:
        counts[view.section.key] += 1
    items: list[str] = []
    for section in sections:
        count = counts[section.key]
        style = "passage" if section.passage else "chip"
        items.append(
            f'<li class="fam-{section.key}{"" if count else " empty"}"><label>'
            f'<input type="checkbox" id="show-{section.key}" checked aria-label="{escape(section.label)}">'
            f'<span class="swatch {style}" aria-hidden="true"></span>{escape(section.label)} '
            f'<span class="count">{count}</span></label></li>'
        )
    return (
        f'<nav class="legend" aria-label="{text["legend"]}">'
        f'<h2 class="visually-hidden">{text["legend"]}</h2>'
        f"<ul>{''.join(items)}</ul></nav>"
    )


def _warnings(report: Report, views: Sequence[_FactView], text: dict[str, str]) -> str:
    if not report.warnings:
        return f'<p class="no-warnings">{text["no_warnings"]}</p>'
    anchors = {view.fact_id: view.marks[0].anchor for view in views if view.section.key == _WARNINGS and view.marks}
    items: list[str] = []
    for index, warning in enumerate(report.warnings):
        anchor = anchors.get(f"warnings-{index}")
        link = f' <a href="#{anchor}" data-goto="warnings-{index}">{text["show_in_text"]}</a>' if anchor else ""
        items.append(f"<li><code>{escape(warning.code)}</code> {escape(warning.message)}{link}</li>")
    return (
        f'<section class="warnings" aria-label="{text["warnings"]}">'
        f"<h2>{text['warnings']} ({len(report.warnings)})</h2>"
        f"<ul>{''.join(items)}</ul></section>"
    )


def _toolbar(text: dict[str, str]) -> str:
    options = "".join(
        f'<option value="{value}">{text[key]}</option>'
        for value, key in (
            ("all", "f_all"),
            ("open", "f_open"),
            ("accepted", "f_accepted"),
            ("rejected", "f_rejected"),
            ("corrected", "f_corrected"),
        )
    )
    return (
        f'<div class="toolbar" role="toolbar" aria-label="{text["title"]}">'
        f'<input type="search" id="search" placeholder="{text["search"]}" aria-label="{text["search"]}">'
        f'<label>{text["filter"]} <select id="filter-decision">{options}</select></label>'
        f'<button type="button" id="prev">{text["prev"]}</button>'
        f'<span class="position" id="position" aria-live="polite">–</span>'
        f'<button type="button" id="next">{text["next"]}</button>'
        f'<span class="progress" id="progress"></span>'
        f'<label>{text["reviewer"]} <input type="text" id="reviewer" size="14"></label>'
        f'<label><input type="checkbox" id="complete"> {text["complete"]}</label>'
        f'<button type="button" id="save" class="primary">{text["save"]}</button>'
        f'<label class="file">{text["open"]} <input type="file" id="open-corrections" accept=".json,application/json">'
        "</label>"
        '<span id="message" role="status"></span>'
        f'<p class="keys">{text["keys"]}</p>'
        "</div>"
    )


def _panel(document: Document, sections: Sequence[_Section], views: Sequence[_FactView], text: dict[str, str]) -> str:
    total = sum(1 for view in views if view.section.reviewable)
    out = [
        f'<aside class="facts" id="facts" aria-label="{text["facts"]}">',
        f'<h2>{text["facts"]} <span class="count">{total}</span></h2>',
    ]
    if not total:
        out.append(f'<p class="no-facts">{text["no_facts"]}</p>')
    for section in sections:
        rows = [view for view in views if view.section.key == section.key]
        if not rows:
            continue
        style = "passage" if section.passage else "chip"
        out.append(
            f'<section class="fam-{section.key}" id="family-{section.key}" aria-label="{escape(section.label)}">'
            f'<h3><span class="swatch {style}" aria-hidden="true"></span>{escape(section.label)} '
            f'<span class="count">{len(rows)}</span></h3>'
            f'<table class="facts-table"><thead><tr><th scope="col">{text["col_n"]}</th>'
            f'<th scope="col">{text["col_fact"]}</th><th scope="col">{text["col_conf"]}</th>'
            f'<th scope="col">{text["col_page"]}</th><th scope="col">{text["col_review"]}</th></tr></thead><tbody>'
        )
        for view in rows:
            out.append(_panel_row(document, view, text))
        out.append("</tbody></table></section>")
    out.append("</aside>")
    return "".join(out)


def _panel_row(document: Document, view: _FactView, text: dict[str, str]) -> str:
    fact_id = escape(view.fact_id)
    first = view.marks[0] if view.marks else None
    if first is not None:
        number = f'<a href="#{escape(first.anchor)}" data-goto="{fact_id}">{view.index + 1}</a>'
        anchors = [mark for mark in view.marks if mark.style != "phrase"]
        links: list[str] = []
        for index, mark in enumerate(anchors):
            if view.section.passage or len(anchors) > 3:
                label = text["show_in_text"] if len(anchors) == 1 else f"{text['mention']} {index + 1}"
            else:
                label = f"«{_short(document.text[mark.start : mark.stop], 90)}»"
            links.append(f'<a href="#{escape(mark.anchor)}" data-goto="{fact_id}">{escape(label)}</a>')
        written = ", ".join(links)
        if all(mark.style == "evidence" for mark in view.marks) and not view.section.passage:
            written += f' <span class="approx-note">{text["whole_evidence"]}</span>'
    else:
        number = str(view.index + 1)
        written = f'<span class="missing">{text["not_found"]}</span>'
    rule = f'<code title="{text["rule"]} {escape(view.rule)}">{escape(view.rule)}</code>' if view.rule else ""
    confidence = "" if view.confidence is None else f"{view.confidence:.2f}"
    low = " low" if view.confidence is not None and view.confidence < 0.8 else ""
    page = "" if view.page is None else str(view.page)
    searchable = " ".join([view.section.label, view.summary, *view.written, view.context, view.rule]).lower()
    decide = ""
    if view.section.reviewable:
        decide = (
            _button("accepted", text["accept"], "✓")
            + _button("rejected", text["reject"], "✗")
            + _button("edit", text["edit"], "✎")
        )
    return (
        f'<tr id="fact-{fact_id}" class="fact-row" data-fact-id="{fact_id}" data-family="{view.section.key}" '
        f'data-search="{escape(" ".join(searchable.split()))}">'
        f'<td class="n">{number}</td>'
        f'<td class="fact-cell"><div class="val">{escape(view.summary)}</div>'
        f'<div class="written" lang="ru">{written}{" · " if rule else ""}{rule}</div><div class="status"></div></td>'
        f'<td class="conf{low}">{confidence}</td><td class="pg">{page}</td><td class="decide">{decide}</td></tr>'
    )


def _button(act: str, label: str, symbol: str) -> str:
    return f'<button type="button" data-act="{act}" title="{label}" aria-label="{label}">{symbol}</button>'


def _meta(document: Document, report: Report, text: dict[str, str]) -> str:
    source = document.source
    info = report.document
    parts = [source.format.upper()]
    if source.pages:
        parts.append(f"{source.pages} {text['pages']}")
    parts.append(f"{len(document.text):,} {text['chars']}".replace(",", " "))
    parts.append(f"{len(document.blocks)} {text['blocks']}")
    if info.kind.value != "other":
        parts.append(info.kind.value)
    parts.extend(value for value in (info.municipality, info.region) if value)
    if info.period is not None and info.period.start and info.period.end:
        parts.append(f"{info.period.start.isoformat()} … {info.period.end.isoformat()}")
    parts.append(f"sha256 {source.sha256[:12]}")
    parts.append(f"mocparse {report.mocparse_version or __version__}")
    return '<p class="meta">' + "".join(f"<span>{escape(part)}</span>" for part in parts) + "</p>"


_JS_TEXT = {
    "ru": {
        "apply": "Сохранить",
        "cancel": "Отмена",
        "invalid": "Неверное значение",
        "saved": "Сохранено в загрузках:",
        "opened": "Решения загружены",
        "lost": "решений не нашли своих фактов",
        "other_document": "В файле нет решений для этого документа",
    },
    "en": {
        "apply": "Apply",
        "cancel": "Cancel",
        "invalid": "Not a valid value",
        "saved": "Saved to downloads:",
        "opened": "Decisions opened",
        "lost": "decisions found no fact",
        "other_document": "The file has no decisions for this document",
    },
}


def _initial(report: Report, review: DocumentReview | None) -> dict[str, Any] | None:
    """Decisions already made (from the database or a corrections file), by fact id."""
    if review is None:
        return None
    decisions: dict[str, Any] = {}
    as_json: dict[str, list[dict[str, Any]]] = {}
    taken: dict[str, set[int]] = {}
    for item in review.facts:
        if item.family not in registry():
            continue
        facts = as_json.setdefault(item.family, [fact.model_dump(mode="json") for fact in report.facts(item.family)])
        found = locate(facts, item, taken.setdefault(item.family, set()))
        if found is None:
            continue
        taken[item.family].add(found)
        decisions[f"{item.family}-{found}"] = {
            "decision": item.decision,
            "changes": item.changes,
            "comment": item.comment,
        }
    return {
        "decisions": decisions,
        "reviewer": review.reviewer or "",
        "complete": review.complete,
        "saved_at": review.saved_at.isoformat() if review.saved_at else "",
    }


def _data(report: Report, views: Sequence[_FactView], review: DocumentReview | None, lang: Language) -> str:
    """The JSON the page's script works from: the facts as they are, what may be corrected, decisions."""
    facts: dict[str, Any] = {}
    for view in views:
        if view.section.reviewable:
            fact = report.facts(view.section.key)[view.index]
            facts[view.fact_id] = {
                "family": view.section.key,
                "index": view.index,
                "fact": fact.model_dump(mode="json"),
            }
    fields = {
        family.name: [
            {
                "name": item.name,
                "kind": item.kind,
                "optional": item.optional,
                "options": [list(o) for o in item.options],
            }
            for item in editable_fields(family)
        ]
        for family in registry()
    }
    payload = {
        "sha256": report.source.sha256,
        "path": report.source.path,
        "mocparse_version": report.mocparse_version,
        "document": report.document.model_dump(mode="json"),
        "facts": facts,
        "fields": fields,
        "initial": _initial(report, review),
        "text": {**_JS_TEXT[lang], "reviewed": _TEXT[lang]["reviewed"]},
    }
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_review(
    document: Document,
    report: Report,
    *,
    lang: Language = "ru",
    review: DocumentReview | None = None,
    partial: bool = False,
) -> str:
    """One self-contained HTML page showing ``document`` with every fact of ``report`` highlighted
    and the review controls; ``review`` pre-fills decisions already made; ``partial`` says the
    document is the evidence passages alone (:func:`evidence_document`)."""
    text = _TEXT[lang]
    sections = _sections(lang)
    views = _views(document, report, sections, lang)
    renderer = _Renderer(document, views, text, partial)
    body = renderer.blocks() if document.blocks else f'<p class="no-facts">{text["no_text"]}</p>'
    for view in views:  # a span lying only on separators between blocks or cells draws nothing
        view.marks = [mark for mark in view.marks if mark.anchor in renderer.emitted]
    name = document.source.path.replace("\\", "/").rsplit("/", 1)[-1] or "document"
    title = report.document.title or name
    facts = [view for view in views if view.section.reviewable]
    located = sum(1 for view in facts if view.marks)
    notice = f'<p class="partial">{text["partial"]}</p>' if partial else ""
    built = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="mocparse {escape(__version__)}">',
            f"<title>{text['title']}: {escape(name)}</title>",
            f"<style>{_CSS}\n{_REVIEW_CSS}\n{_family_css(sections)}</style>",
            "</head>",
            "<body>",
            f'<a class="skip" href="#facts">{text["skip"]}</a>',
            '<header class="top">',
            f'<p class="eyebrow"><strong>mocparse · {text["title"].lower()}</strong> · {escape(name)} · '
            f"{len(facts)} {text['facts_n']}, {text['highlighted']} {located}</p>",
            f'<h1 lang="ru">{escape(title)}</h1>',
            _meta(document, report, text),
            notice,
            _warnings(report, views, text),
            _legend(sections, views, text),
            "</header>",
            _toolbar(text),
            '<div class="layout">',
            f'<main id="document" aria-label="{text["document"]}">',
            f'<article class="doc" lang="ru">{body}</article></main>',
            _panel(document, sections, views, text),
            "</div>",
            f"<footer>{text['generated']} {escape(__version__)} {text['from']} {escape(document.source.path)}, "
            f"{built}. {text['footer']}</footer>",
            f'<script type="application/json" id="review-data">{_data(report, views, review, lang)}</script>',
            f"<script>{_JS}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
