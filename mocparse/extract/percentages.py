"""Percentages in prose and tables, with what they measure and whether they are targets.

Forms: ``72,5 %``, ``72.5%``, ``100%``, ``25 процентов``, ranges ``70-75%`` (two values),
negative changes ``-15,30%``, values above 100; table cells in a column or row whose header
says ``%`` / ``доля`` / ``процент``. ``kind`` is ``target`` near plan words (``плановый``,
``целевой``), ``actual`` near achievement words (``достигнуты``, ``составляет``); otherwise
a plan's numbers are targets and a report's are actual.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mocparse.extract.base import ExtractionContext
from mocparse.extract.tables import column_header, column_roles, indicator_cell, row_label, year_of_column
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import parses
from mocparse.records import Percentage

if TYPE_CHECKING:
    from spacy.tokens import Token

_NUMBER = r"\d{1,3}(?:[.,]\d{1,3})?"
_PERCENT = re.compile(
    rf"(?<![\w.,])(?:(?P<low>{_NUMBER})\s*[-–—]\s*)?(?P<sign>(?<=[\s(])[-−]|^[-−])?(?P<value>{_NUMBER})\s*(?:%|процент[а-яё]*\b)",
    re.IGNORECASE,
)
_TABLE_PERCENT = re.compile(r"%|процент|дол[яи]\b|удельн", re.IGNORECASE)
_BARE = re.compile(rf"^(?P<sign>[-−])?(?P<value>{_NUMBER})\s*%?$")
_TARGET_LEMMAS = {
    "план",
    "плановый",
    "целевой",
    "планироваться",
    "планировать",
    "ожидаемый",
    "прогноз",
    "прогнозный",
    "запланировать",
    "должный",
    "норматив",
    "целевой показатель",
}
_ACTUAL_LEMMAS = {
    "фактический",
    "факт",
    "фактически",
    "достигнуть",
    "достичь",
    "составить",
    "составлять",
    "охватить",
    "выполнить",
    "пройти",
    "иметь",
    "достигнутый",
    "исполнить",
}
_MEASURE_LEMMAS = {"охват", "доля", "показатель", "индикатор", "уровень", "процент", "удельный"}
_STOP = {",", ";", ".", ":", "(", ")", "–", "—", "«", "»"}
_CONTENT_POS = {"NOUN", "ADJF", "PRTF", "NUMR"}


_STATUS_BEFORE = re.compile(r"\bна\s+(?:начало|конец|\d{1,2}\.\d{1,2}\.\d{2,4})\b[^%]{0,20}$", re.IGNORECASE)


def _in_result_column(segment: Segment, context: ExtractionContext) -> bool:
    table = segment.block.table
    if table is None or segment.cell is None:
        return False
    return column_roles(table, context).get("result") == segment.cell.col


def _token_kind(token: Token) -> str | None:
    """``target`` for plan words and infinitives (``довести до``), ``actual`` for achievement words
    that are predicates (``охвачено``, ``составил``) — not attributes (``охваченных детей``)."""
    found = parses(token.text)
    pos = found[0].tag.POS if found else None
    if token.lemma_ in _TARGET_LEMMAS or pos == "INFN":
        return "target"
    if token.lemma_ in _ACTUAL_LEMMAS and pos != "PRTF":
        return "actual"
    return None


def _kind(
    segment: Segment, token_index: int, context: ExtractionContext, clause_start: int = 0, previous: str | None = None
) -> str | None:
    """Target or actual: a table column header (``План`` / ``Факт``), a status date right before the
    value (``на 01.09.2023 – 75,6 %``), the nearest cue before the value in its clause, the kind of
    the previous value of the sentence, a cue after it, and last the document kind."""
    header = column_header(segment).lower()
    if "план" in header:
        return "target"
    if "факт" in header:
        return "actual"
    doc = segment.doc
    if token_index < len(doc) and _STATUS_BEFORE.search(
        segment.text[max(0, doc[token_index].idx - 40) : doc[token_index].idx]
    ):
        return "actual"
    for token in reversed(doc[clause_start:token_index]):
        kind = _token_kind(token)
        if kind is not None:
            return kind
    if previous is not None:
        return previous
    for token in doc[token_index + 1 : token_index + 6]:
        kind = _token_kind(token)
        if kind is not None:
            return kind
    return "target" if context.is_plan else "actual"


def _content_lemmas(tokens: list[object]) -> str:
    words = []
    for token in tokens:
        text = token.text  # type: ignore[attr-defined]
        found = parses(text)
        if (len(text) > 1 and text.isupper()) or (found and found[0].tag.POS in _CONTENT_POS and text.isalpha()):
            words.append(token.lemma_)  # type: ignore[attr-defined]
    return " ".join(words)


def _subject(segment: Segment, first: int, last: int) -> str:
    """What the percentage measures, as lemmas: the phrase after it when it names something,
    else the measuring noun of the sentence (``охват``, ``доля`` ...) with its dependents."""
    doc = segment.doc
    after: list[object] = []
    index = last + 1
    while index < len(doc) and doc[index].text not in _STOP and len(after) < 6:
        if doc[index].text != "%" and not doc[index].lower_.startswith("процент"):
            after.append(doc[index])
        index += 1
    head = _content_lemmas(after[:1])
    if head:
        return _content_lemmas(after)
    for token in doc:
        if token.lemma_ in _MEASURE_LEMMAS and token.i not in range(first, last + 1):
            phrase = [t for t in doc[token.i : token.i + 6] if t.text not in _STOP and not t.like_num]
            return _content_lemmas(phrase)
    if segment.cell is not None and segment.block.table is not None and segment.row_index is not None:
        return row_label(segment.block.table, segment.row_index)
    return _content_lemmas(after) or _content_lemmas(list(doc[max(0, first - 6) : first]))


def _to_float(text: str) -> float:
    return float(text.replace(",", "."))


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Percentage]:
    """Every percentage of the document."""
    results: list[Percentage] = []
    for segment in annotated.segments:
        found_here = False
        clause_start = 0
        previous_kind: str | None = None
        for match in _PERCENT.finditer(segment.text):
            values = [("value", _to_float(match.group("value")) * (-1 if match.group("sign") else 1))]
            if match.group("low"):
                values.insert(0, ("low", _to_float(match.group("low"))))
            for group, value in values:
                span = segment.char_span(match.start(group), match.end(group))
                first = span.start if span is not None else 0
                last = span.end - 1 if span is not None else 0
                kind = _kind(segment, first, context, clause_start, previous_kind)
                results.append(
                    Percentage(
                        value=value,
                        subject=_subject(segment, first, last),
                        kind=kind,  # type: ignore[arg-type]
                        year=year_of_column(segment),
                        evidence=segment.evidence(span=(match.start(group), match.end())),
                        rule="percentages.range" if match.group("low") else "percentages.sign",
                        confidence=0.95,
                    )
                )
                previous_kind = kind
                clause_start = last + 1
            found_here = True
        if not found_here and segment.cell is not None:
            cell = _table_percentage(segment, context)
            if cell is not None:
                results.append(cell)
    return results


def _table_percentage(segment: Segment, context: ExtractionContext) -> Percentage | None:
    """A number in a table column or row whose header, name or unit says ``%`` / ``доля``."""
    table = segment.block.table
    bare = _BARE.match(segment.text.strip())
    if table is None or segment.row_index is None or bare is None or segment.cell is None or segment.cell.col == 0:
        return None
    label = row_label(table, segment.row_index)
    indicator = indicator_cell(segment, context)
    unit_says_percent = indicator is not None and (indicator.unit or "").strip() == "%"
    if label == segment.text or not (
        unit_says_percent or _TABLE_PERCENT.search(column_header(segment)) or _TABLE_PERCENT.search(label)
    ):
        return None
    if table.rows[segment.row_index].is_header:
        return None
    value = _to_float(bare.group("value")) * (-1 if bare.group("sign") else 1)
    return Percentage(
        value=value,
        subject=label,
        kind=_kind(segment, 0, context),  # type: ignore[arg-type]
        year=year_of_column(segment),
        evidence=segment.evidence(span=(0, len(segment.text))),
        rule="percentages.table_unit",
        confidence=0.8,
    )
