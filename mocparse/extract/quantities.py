"""Counted things other than programs: organizations, certificates and their nominal,
rubles, children, experts, meetings, consultations, agreements, points ...

The unit is the lemma of the counted noun (abbreviations expanded by ``rules/units.yaml``);
the subject is the noun phrase the number stands with, as written.
"""

from __future__ import annotations

from mocparse.extract.base import ExtractionContext
from mocparse.extract.numbers import counted, find_numbers
from mocparse.extract.tables import IndicatorCell, indicator_cell, label_unit, year_of_column
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.records import Quantity

_PHRASE_END = {",", ";", ".", ":", "(", ")", "–", "—", "«", "»"}


def _subject(segment: Segment, head: int) -> str:
    """The noun phrase from the counted noun to the end of its clause (at most 8 tokens)."""
    doc = segment.doc
    stop = head + 1
    while stop < len(doc) and stop - head < 8 and doc[stop].text not in _PHRASE_END and not doc[stop].like_num:
        stop += 1
    return doc[head:stop].text


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Quantity]:
    """Every count of things that are not programs."""
    results: list[Quantity] = []
    for segment in annotated.segments:
        for number in find_numbers(segment, context):
            absolute = segment.start + number.start
            if context.is_claimed(absolute, segment.start + number.stop, "program_counts", "percentages"):
                continue
            if "%" in segment.text[number.stop : number.stop + 3]:
                continue
            what = counted(segment, number, context)
            if what is not None and what.head is not None and what.unit is not None:
                if what.is_program:
                    continue
                results.append(
                    Quantity(
                        value=number.value,
                        unit=what.unit,
                        subject=_subject(segment, what.head),
                        qualifier=number.qualifier,
                        evidence=segment.evidence(),
                        rule=f"quantities.{what.how}",
                        confidence=0.85 if what.how == "before_noun" else 0.7,
                    )
                )
                context.claim("quantities", absolute, segment.start + number.stop)
                continue
            indicator = indicator_cell(annotated, segment, context)
            if indicator is not None and not indicator.about_programs and not _is_percent(indicator):
                results.append(
                    Quantity(
                        value=number.value,
                        unit=label_unit(indicator.label, indicator.unit, context),
                        subject=indicator.label,
                        year=year_of_column(segment),
                        evidence=segment.evidence(),
                        rule="quantities.indicator_table",
                        confidence=0.75,
                    )
                )
    return results


def _is_percent(indicator: IndicatorCell) -> bool:
    unit = (indicator.unit or "").strip()
    label = indicator.label.lower()
    return unit == "%" or "%" in label or "процент" in label or label.startswith(("доля", "удельный вес"))
