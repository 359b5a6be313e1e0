"""Counted things other than programs: organizations, certificates and their nominal, rubles,
children, experts, meetings, consultations, agreements, points ...

The unit is the lemma of the counted noun (abbreviations expanded by rules/units.yaml); the
subject is the noun phrase the number counts, as written (:mod:`mocparse.extract.phrases`); the
indicator comes from rules/indicators.yaml; the earlier value, year and plan/fact kind from
:mod:`mocparse.extract.meaning`. Changes (``на 12 больше``) and earlier values are not quantities.
"""

from __future__ import annotations

from mocparse.extract.base import ExtractionContext
from mocparse.extract.indicators import indicator_for
from mocparse.extract.meaning import NumberMeaning, analyse
from mocparse.extract.numbers import counted
from mocparse.extract.phrases import char_range, key_of, key_of_text, phrase_around, text_of
from mocparse.extract.table_cells import TableCell, table_cell
from mocparse.extract.tables import label_unit
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.records import Quantity


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Quantity]:
    """Every count of things that are not programs."""
    results: list[Quantity] = []
    for segment in annotated.segments:
        cell = table_cell(annotated, segment, context) if segment.cell is not None else None
        if cell is not None:
            if cell.family == "quantities":
                results.append(_table_quantity(segment, cell, context))
            continue
        for meaning in analyse(segment, context):
            number = meaning.number
            if not meaning.is_value or meaning.percent:
                continue
            absolute = segment.start + number.start
            if context.is_claimed(absolute, segment.start + number.stop, "program_counts", "percentages"):
                continue
            quantity = _quantity(segment, meaning, context)
            if quantity is not None:
                results.append(quantity)
    return results


def _quantity(segment: Segment, meaning: NumberMeaning, context: ExtractionContext) -> Quantity | None:
    number = meaning.number
    what = counted(segment, number, context)
    if what is not None and what.head is not None and what.unit is not None:
        if what.is_program:
            return None
        first, end = phrase_around(segment, what.head)
        if what.how == "before_noun":
            first = max(first, number.last + 1)
        subject = text_of(segment, first, end)
        clause = _clause_range(segment, number.first, end)
        return Quantity(
            value=number.value,
            unit=what.unit,
            subject=subject,
            subject_key=key_of(segment, first, end),
            indicator=indicator_for(segment, subject, "quantity", context, what.unit, clause),
            kind=meaning.kind,
            qualifier=number.qualifier,
            year=meaning.year,
            previous=meaning.previous,
            evidence=segment.evidence(
                span=(number.start, number.stop),
                phrase=char_range(segment, min(first, number.first), max(end, number.last + 1)),
            ),
            rule=f"quantities.{what.how}",
            confidence=0.85 if what.how == "before_noun" else 0.7,
        )
    return None


def _clause_range(segment: Segment, first: int, end: int) -> tuple[int, int]:
    """The clause around tokens [first, end): back to the sentence start or a ``;`` / ``:``, on to the end."""
    doc = segment.doc
    start = first
    while start > 0 and doc[start - 1].text not in {";", ":"}:
        start -= 1
    stop = end
    while stop < len(doc) and doc[stop].text not in {";", ":", "."}:
        stop += 1
    return start, stop


def _table_quantity(segment: Segment, cell: TableCell, context: ExtractionContext) -> Quantity:
    unit = label_unit(cell.subject, cell.unit, context)
    return Quantity(
        value=cell.value,
        unit=unit,
        subject=cell.subject,
        subject_key=key_of_text(cell.subject),
        indicator=None if cell.is_entity else indicator_for(None, cell.subject, "quantity", context, unit),
        kind=cell.kind or ("target" if context.is_plan else "actual"),
        year=cell.year,
        previous=cell.previous,
        evidence=segment.evidence(span=(0, len(segment.text))),
        rule="quantities.table",
        confidence=0.75,
    )
