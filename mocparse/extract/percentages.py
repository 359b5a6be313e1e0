"""Percentages in prose and tables, with what they measure and whether they are targets.

Forms: ``72,5 %``, ``72.5%``, ``100%``, ``25 процентов``, ranges ``70-75%`` (two values),
negative changes ``-15,30%``, values above 100; table cells in a column or row whose header
says ``%`` / ``доля`` / ``процент``. ``kind`` is ``target`` near plan words (``плановый``,
``целевой``), ``actual`` near achievement words (``достигнуты``, ``составляет``); otherwise
a plan's numbers are targets and a report's are actual.
"""

from __future__ import annotations

import re

from mocparse.extract.base import ExtractionContext
from mocparse.extract.tables import column_header, row_label, year_of_column
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import parses
from mocparse.records import Percentage

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
}
_MEASURE_LEMMAS = {"охват", "доля", "показатель", "индикатор", "уровень", "процент", "удельный"}
_STOP = {",", ";", ".", ":", "(", ")", "–", "—", "«", "»"}
_CONTENT_POS = {"NOUN", "ADJF", "PRTF", "NUMR"}


def _kind(segment: Segment, token_index: int, context: ExtractionContext) -> str | None:
    header = column_header(segment).lower()
    if "план" in header:
        return "target"
    if "факт" in header:
        return "actual"
    best: tuple[int, str] | None = None
    for token in segment.doc:
        kind = "target" if token.lemma_ in _TARGET_LEMMAS else "actual" if token.lemma_ in _ACTUAL_LEMMAS else None
        if kind is not None:
            distance = abs(token.i - token_index)
            if best is None or distance < best[0]:
                best = (distance, kind)
    if best is not None:
        return best[1]
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
        for match in _PERCENT.finditer(segment.text):
            values = [("value", _to_float(match.group("value")) * (-1 if match.group("sign") else 1))]
            if match.group("low"):
                values.insert(0, ("low", _to_float(match.group("low"))))
            for group, value in values:
                span = segment.char_span(match.start(group), match.end(group))
                first = span.start if span is not None else 0
                last = span.end - 1 if span is not None else 0
                results.append(
                    Percentage(
                        value=value,
                        subject=_subject(segment, first, last),
                        kind=_kind(segment, first, context),  # type: ignore[arg-type]
                        year=year_of_column(segment),
                        evidence=segment.evidence(),
                        rule="percentages.range" if match.group("low") else "percentages.sign",
                        confidence=0.95,
                    )
                )
            context.claim("percentages", segment.start + match.start(), segment.start + match.end())
            found_here = True
        if not found_here and segment.cell is not None:
            cell = _table_percentage(segment, context)
            if cell is not None:
                results.append(cell)
    return results


def _table_percentage(segment: Segment, context: ExtractionContext) -> Percentage | None:
    table = segment.block.table
    bare = _BARE.match(segment.text.strip())
    if table is None or segment.row_index is None or bare is None or segment.cell is None or segment.cell.col == 0:
        return None
    label = row_label(table, segment.row_index)
    if label == segment.text or not (_TABLE_PERCENT.search(column_header(segment)) or _TABLE_PERCENT.search(label)):
        return None
    value = _to_float(bare.group("value")) * (-1 if bare.group("sign") else 1)
    context.claim("percentages", segment.start, segment.stop)
    return Percentage(
        value=value,
        subject=label,
        kind=_kind(segment, 0, context),  # type: ignore[arg-type]
        year=year_of_column(segment),
        evidence=segment.evidence(),
        rule="percentages.table_unit",
        confidence=0.8,
    )
