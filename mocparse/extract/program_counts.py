"""Counts of educational programs, typed from ``rules/program_types.yaml``.

A count is a number that counts programs (``20 разноуровневых программ``, ``программ в
сетевой форме – 8``, ``количество программ ... составляло 18``, ``Из которых 61 прошла
экспертизу`` after a count of programs, an indicator-table cell whose row names programs).
Its type comes from cues in its clause, then the total it breaks down (``из них``), then
its sentence, then its table row or the previous sentence. A comparison with an earlier year
(``(в 2022 – 11)``, ``в 2022 году таких программ было 7``, ``столько же, сколько в 2022 г.``)
becomes the ``previous`` of the count, never a count of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.numbers import NumberMention, counted, find_numbers
from mocparse.extract.tables import indicator_cell, year_of_column
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.records import PreviousValue, ProgramCount
from mocparse.rules import match_labels

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_WORD = r"(?:\s*(?:г\.?|году|год))?"
_COMPARISONS = (
    re.compile(rf"\(\s*в\s+{_YEAR}{_YEAR_WORD}\s*[-–—:]\s*(?P<value>\d+)\s*\)", re.IGNORECASE),
    re.compile(
        rf"\bв\s+{_YEAR}{_YEAR_WORD},?\s+(?:(?:таких|подобных|их)\s+)?(?:программ\s+)?"
        rf"(?:было|составляло|составило|насчитывалось|реализовывалось|реализовано)\s+(?P<value>\d+)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:таких|подобных)\s+программ\s+в\s+{_YEAR}{_YEAR_WORD}\s+(?:было\s+)?(?P<value>\d+)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:против|по\s+сравнению\s+с)\s+(?P<value>\d+)\s+в\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\bв\s+{_YEAR}{_YEAR_WORD}\s*[-–—]\s*(?P<value>\d+)(?![\d,.%])", re.IGNORECASE),
)
_SAME_AS = re.compile(rf"\bстолько\s+же,?\s+(?:сколько|как)(?:\s+и)?\s+в\s+{_YEAR}", re.IGNORECASE)
_BREAKDOWN = re.compile(
    r"\b(?:из\s+них|из\s+которых|из\s+числа\s+которых|в\s+т\.\s?ч\.?|в\s+том\s+числе)", re.IGNORECASE
)
_DIFFERENCE_BEFORE = re.compile(
    r"(?:меньше|больше|увеличил\w*|уменьшил\w*|выросл\w*|сократил\w*)\s+на\s+$", re.IGNORECASE
)


@dataclass
class _Comparison:
    start: int
    stop: int
    year: int
    value: int | None  # None: "столько же" (the same value)


@dataclass
class _Found:
    count: ProgramCount
    position: int  # local char offset of the number in its segment
    segment_index: int
    inherited_type: bool = False
    comparisons_done: list[int] = field(default_factory=list)


def _comparisons(text: str) -> list[_Comparison]:
    found: list[_Comparison] = []
    for pattern in _COMPARISONS:
        for match in pattern.finditer(text):
            if any(match.start() < other.stop and other.start < match.end() for other in found):
                continue
            found.append(_Comparison(match.start(), match.end(), int(match.group("year")), int(match.group("value"))))
    for match in _SAME_AS.finditer(text):
        found.append(_Comparison(match.start(), match.end(), int(match.group("year")), None))
    return sorted(found, key=lambda comparison: comparison.start)


def _cue_type(
    segment: Segment, first_token: int, last_token: int, context: ExtractionContext, near: int | None = None
) -> str | None:
    """The program type named by cues inside tokens [first_token, last_token): the cue nearest to
    token ``near`` (ties and ``near=None``: the type listed first in the rule file)."""
    if first_token >= last_token:
        return None
    matches = match_labels(context.rules.program_type_matcher, segment.doc[first_token:last_token])
    if not matches:
        return None
    order = context.rules.type_order

    def rank(match: tuple[str, int, int]) -> tuple[int, int]:
        label, start, stop = match
        distance = 0 if near is None else min(abs(start - near), abs(stop - 1 - near))
        return distance, order[label]

    return min(matches, key=rank)[0]


def _year_in(segment: Segment, context: ExtractionContext, excluded: list[_Comparison]) -> int | None:
    for start, stop in context.claimed.get("years", ()):
        if segment.start <= start and stop <= segment.stop:
            local = start - segment.start
            if any(comparison.start <= local < comparison.stop for comparison in excluded):
                continue
            match = re.search(r"(?:19|20)\d\d", segment.text[local : stop - segment.start])
            if match and "-" not in segment.text[local : stop - segment.start]:
                return int(match.group())
    return None


class _BlockReader:
    """Reads the program counts of one block, sentence by sentence."""

    def __init__(
        self,
        annotated: AnnotatedDocument,
        segments: list[Segment],
        context: ExtractionContext,
        carried: list[_Found] | None = None,
        segment_before: Segment | None = None,
    ) -> None:
        self.annotated = annotated
        self.segments = segments
        self.context = context
        self.found: list[_Found] = []
        self.carried = carried or []  # counts of the sentence just before this block
        self.segment_before = segment_before

    def read(self) -> list[_Found]:
        for index, segment in enumerate(self.segments):
            self._read_segment(index, segment)
        return self.found

    def _read_segment(self, index: int, segment: Segment) -> None:
        comparisons = _comparisons(segment.text)
        numbers = [
            number
            for number in find_numbers(segment, self.context)
            if number.is_integer
            and not any(c.start <= number.start < c.stop for c in comparisons)
            and not _DIFFERENCE_BEFORE.search(segment.text[max(0, number.start - 30) : number.start])
            and "%" not in segment.text[number.stop : number.stop + 3]
            and not re.match(r"\s*процент", segment.text[number.stop : number.stop + 12])
        ]
        markers = [match.end() for match in _BREAKDOWN.finditer(segment.text)]
        here: list[_Found] = []
        previous_segment_counts = (
            [found for found in self.found if found.segment_index == index - 1] if index else self.carried
        )
        for position, number in enumerate(numbers):
            what = counted(segment, number, self.context)
            parent = self._parent(segment, number, markers, here, previous_segment_counts)
            is_program = what is not None and what.is_program
            if what is None and parent is not None and _right_after_marker(segment.text, number, markers):
                is_program = True
            if what is None and here and _cue_type(segment, number.last + 1, number.last + 3, self.context):
                is_program = True  # ellipsis: "из них 412 сетевых и более 120 разноуровневых"
            if not is_program and what is None:
                is_program = indicator_cell(self.annotated, segment, self.context, programs=True) is not None
            if not is_program:
                continue
            next_number = numbers[position + 1] if position + 1 < len(numbers) else None
            clause_start = numbers[position - 1].last + 1 if position > 0 else 0
            clause_stop = next_number.first if next_number is not None else len(segment.doc)
            later_marker = next((m for m in markers if m > number.stop), None)
            if later_marker is not None:
                marker_token = segment.token_at(later_marker - 1)
                if marker_token is not None:
                    clause_stop = min(clause_stop, marker_token.i)
            program_type = _cue_type(segment, clause_start, clause_stop, self.context, near=number.first)
            inherited = False
            if program_type is None and parent is not None and parent.count.program_type is not None:
                program_type, inherited = parent.count.program_type, True
            if program_type is None:
                program_type = _cue_type(segment, 0, len(segment.doc), self.context)
            confidence = 0.9
            if program_type is None:
                program_type = self._context_type(index, segment)
                confidence = 0.7
            count = ProgramCount(
                value=int(number.value),
                program_type=program_type,
                year=_year_in(segment, self.context, comparisons) or year_of_column(segment),
                qualifier=number.qualifier,
                part_of=int(parent.count.value) if parent is not None else None,
                evidence=segment.evidence(),
                rule=f"program_counts.{what.how if what is not None else 'breakdown'}",
                confidence=confidence,
            )
            found = _Found(count, number.start, index, inherited)
            here.append(found)
            self.found.append(found)
            self.context.claim("program_counts", segment.start + number.start, segment.start + number.stop)
        self._attach_comparisons(comparisons, here, previous_segment_counts)

    def _parent(
        self,
        segment: Segment,
        number: NumberMention,
        markers: list[int],
        here: list[_Found],
        previous_segment: list[_Found],
    ) -> _Found | None:
        before = [marker for marker in markers if marker <= number.start]
        if not before:
            return None
        marker = before[-1]
        candidates = [found for found in here if found.position < marker]
        if candidates:
            return candidates[-1]
        if not segment.text[:marker].strip(" -–—•").lower().startswith(("из", "в т", "в том")):
            return None
        top_level = [found for found in previous_segment if found.count.part_of is None]
        return top_level[-1] if top_level else (previous_segment[-1] if previous_segment else None)

    def _attach_comparisons(
        self, comparisons: list[_Comparison], here: list[_Found], previous_segment: list[_Found]
    ) -> None:
        for comparison in comparisons:
            targets = [found for found in here if found.position < comparison.start and found.count.part_of is None]
            if not targets and not here:
                targets = [found for found in previous_segment if found.count.part_of is None]
            if not targets:
                continue
            target = targets[-1].count
            value = comparison.value if comparison.value is not None else target.value
            if target.previous is None:
                target.previous = PreviousValue(value=value, year=comparison.year)

    def _context_type(self, index: int, segment: Segment) -> str | None:
        if segment.cell is not None and segment.row_index is not None and segment.block.table is not None:
            for other in self.segments:
                if other.row_index == segment.row_index and other is not segment:
                    program_type = _cue_type(other, 0, len(other.doc), self.context)
                    if program_type is not None:
                        return program_type
            return None
        previous = self.segments[index - 1] if index > 0 else self.segment_before
        if previous is None:
            return None
        return _cue_type(previous, 0, len(previous.doc), self.context)


def _right_after_marker(text: str, number: NumberMention, markers: list[int]) -> bool:
    return any(0 <= number.start - marker <= 3 for marker in markers)


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[ProgramCount]:
    """Every count of programs in the document."""
    results: list[ProgramCount] = []
    carried: list[_Found] = []
    segment_before: Segment | None = None
    for block in annotated.document.blocks:
        segments = annotated.block_segments(block)
        if not segments:
            continue
        if block.kind is BlockKind.TABLE:
            rows: dict[int | None, list[Segment]] = {}
            for segment in segments:
                rows.setdefault(segment.row_index, []).append(segment)
            for row in rows.values():
                results.extend(found.count for found in _BlockReader(annotated, row, context).read())
            carried, segment_before = [], None
            continue
        reader = _BlockReader(annotated, segments, context, carried, segment_before)
        found = reader.read()
        results.extend(item.count for item in found)
        last_index = len(segments) - 1
        carried = [item for item in found if item.segment_index == last_index]
        segment_before = segments[-1]
    return results
