"""Counted things other than programs: organizations, certificates and their nominal,
rubles, children, experts, meetings, consultations, agreements, points ...

The unit is the lemma of the counted noun (abbreviations expanded by ``rules/units.yaml``);
the subject is the noun phrase the number stands with, as written.
"""

from __future__ import annotations

import re

from mocparse.extract.base import ExtractionContext
from mocparse.extract.numbers import NumberMention, counted, find_numbers
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


_COMPARED = re.compile(
    r"^\s*(?:\(\s*в\s+(?P<year>(?:19|20)\d\d)\s*(?:г\.?|году)?\s*[-–—]\s*$"  # "19 мероприятий (в 2021 году – 12)"
    r"|\bпротив\s*$"  # "6 874 человека против 6 912"
    r"|\bиз\s*$)",  # "в 17-ти ОО округа из 23-х"
    re.IGNORECASE,
)


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Quantity]:
    """Every count of things that are not programs."""
    results: list[Quantity] = []
    for segment in annotated.segments:
        previous: Quantity | None = None
        previous_stop = 0
        numbers = find_numbers(segment, context)
        for position, number in enumerate(numbers):
            absolute = segment.start + number.start
            if context.is_claimed(absolute, segment.start + number.stop, "program_counts", "percentages"):
                continue
            if "%" in segment.text[number.stop : number.stop + 3]:
                continue
            what = counted(segment, number, context)
            quantity: Quantity | None = None
            if what is not None and what.head is not None and what.unit is not None:
                if what.is_program:
                    continue
                quantity = Quantity(
                    value=number.value,
                    unit=what.unit,
                    subject=_subject(segment, what.head),
                    qualifier=number.qualifier,
                    evidence=segment.evidence(),
                    rule=f"quantities.{what.how}",
                    confidence=0.85 if what.how == "before_noun" else 0.7,
                )
            elif previous is not None and _COMPARED.search(segment.text[previous_stop : number.start][-40:]):
                # a value compared with the previous one keeps its unit: "(в 2021 году – 12)", "против 6 912"
                year = _COMPARED.search(segment.text[previous_stop : number.start][-40:])
                quantity = previous.model_copy(
                    update={
                        "value": number.value,
                        "qualifier": number.qualifier,
                        "year": int(year.group("year")) if year and year.group("year") else None,
                        "rule": "quantities.compared",
                        "confidence": 0.7,
                    }
                )
            elif position + 1 < len(numbers) and _is_change_from(segment, number):
                quantity = _changed_from(segment, number, numbers[position + 1], context)
            else:
                quantity = _indicator_quantity(segment, number.value, context)
            if quantity is None:
                continue
            quantity.evidence = segment.evidence(span=(number.start, number.stop))
            results.append(quantity)
            previous, previous_stop = quantity, number.stop
    return results


def _is_change_from(segment: Segment, number: NumberMention) -> bool:
    before = segment.text[max(0, number.start - 4) : number.start].lower()
    return bool(re.search(r"\bсо?\s+$", before)) and bool(re.match(r"\s+до\s+\d", segment.text[number.stop :]))


def _changed_from(
    segment: Segment, number: NumberMention, target: NumberMention, context: ExtractionContext
) -> Quantity | None:
    """The X of "выросло с X до Y": the earlier value, in the unit of Y."""
    what = counted(segment, target, context)
    if what is None or what.head is None or what.unit is None or what.is_program:
        return None
    return Quantity(
        value=number.value,
        unit=what.unit,
        subject=_subject(segment, what.head),
        qualifier=number.qualifier,
        evidence=segment.evidence(),
        rule="quantities.changed_from",
        confidence=0.7,
    )


def _indicator_quantity(segment: Segment, value: float, context: ExtractionContext) -> Quantity | None:
    indicator = indicator_cell(segment, context)
    if indicator is None or indicator.about_programs or _is_percent(indicator):
        return None
    return Quantity(
        value=value,
        unit=label_unit(indicator.label, indicator.unit, context),
        subject=indicator.label,
        year=year_of_column(segment),
        evidence=segment.evidence(),
        rule="quantities.indicator_table",
        confidence=0.75,
    )


def _is_percent(indicator: IndicatorCell) -> bool:
    unit = (indicator.unit or "").strip()
    label = indicator.label.lower()
    return unit == "%" or "%" in label or "процент" in label or label.startswith(("доля", "удельный вес"))
