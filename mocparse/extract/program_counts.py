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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.numbers import NumberMention, counted, find_numbers
from mocparse.extract.tables import IndicatorCell, indicator_cell, year_of_column
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.records import Precision, PreviousValue, ProgramCount
from mocparse.rules import match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    re.compile(
        rf"\b(?:против|по\s+сравнению\s+с)\s+(?P<value>\d+)(?:\s+в\s+{_YEAR}{_YEAR_WORD}|\s+годом\s+ранее)?",
        re.IGNORECASE,
    ),
    re.compile(rf"\bв\s+{_YEAR}{_YEAR_WORD}\s*[-–—]\s*(?P<value>\d+)(?![\d,.%])", re.IGNORECASE),
)
_LAST_YEAR = re.compile(
    r"\b(?:в\s+прошлом\s+году|годом\s+ранее|в\s+предыдущем\s+году)\s*\(\s*(?P<value>\d+)\s*\)", re.IGNORECASE
)
_ALL = "all"  # the type of a count without a narrower type
_BREAKDOWN_START = re.compile(r"из\s+(?:них|которых)|в\s+т\.|в\s+том", re.IGNORECASE)
_FROM_TO = re.compile(r"\bс[о]?\s+(?P<value>\d+)\s+до\s+(?=\d)", re.IGNORECASE)  # "со 187 до 214"
_PART_WORD_AFTER = re.compile(r"^\s*из\s+(?:них|которых)\b", re.IGNORECASE)  # "пять из них ..."
_SAME_AS = re.compile(rf"\bстолько\s+же,?\s+(?:сколько|как)(?:\s+и)?\s+в\s+{_YEAR}", re.IGNORECASE)
_BREAKDOWN = re.compile(
    r"\b(?:из\s+них|из\s+которых|из\s+числа\s+которых|в\s+т\.\s?ч\.?|в\s+том\s+числе)", re.IGNORECASE
)
_DIFFERENCE_BEFORE = re.compile(
    r"(?:меньше|больше|увеличил\w*|уменьшил\w*|выросл\w*|сократил\w*|уменьшени\w*|увеличени\w*|рост\w*|"
    r"снижени\w*|прирост\w*)\s+на\s+$",
    re.IGNORECASE,
)
_DIFFERENCE_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}(?:больше|меньше)\b", re.IGNORECASE)


@dataclass
class _Comparison:
    start: int
    stop: int
    year: int | None
    value: int | None  # None: "столько же" (the same value)
    applies_to_next: bool = False  # "со 187 до 214": the earlier value comes before the count


@dataclass
class _Found:
    count: ProgramCount
    position: int  # local char offset of the number in its segment
    segment_index: int
    parent: _Found | None = None
    stop: int = -1


def _comparisons(text: str) -> list[_Comparison]:
    found: list[_Comparison] = []
    for pattern in _COMPARISONS:
        for match in pattern.finditer(text):
            if any(match.start() < other.stop and other.start < match.end() for other in found):
                continue
            year = match.group("year")
            found.append(
                _Comparison(match.start(), match.end(), int(year) if year else None, int(match.group("value")))
            )
    for match in _LAST_YEAR.finditer(text):
        if not any(match.start() < other.stop and other.start < match.end() for other in found):
            found.append(_Comparison(match.start(), match.end(), None, int(match.group("value"))))
    for match in _FROM_TO.finditer(text):
        found.append(_Comparison(match.start(), match.end(), None, int(match.group("value")), applies_to_next=True))
    for match in _SAME_AS.finditer(text):
        found.append(_Comparison(match.start(), match.end(), int(match.group("year")), None))
    return sorted(found, key=lambda comparison: comparison.start)


def _cue_type(
    doc: Doc,
    first_token: int,
    last_token: int,
    context: ExtractionContext,
    near: int | None = None,
    specific: bool | None = None,
) -> str | None:
    """The program type named by cues inside tokens [first_token, last_token): the cue nearest to
    token ``near`` (ties and ``near=None``: the type listed first in the rule file)."""
    if first_token >= last_token:
        return None
    matches = match_labels(context.rules.program_type_matcher, doc[first_token:last_token])
    if specific is not None:
        matches = [match for match in matches if (match[0] != _ALL) is specific]
    if not matches:
        return None
    order = context.rules.type_order

    def rank(match: tuple[str, int, int]) -> tuple[int, int]:
        label, start, stop = match
        distance = 0 if near is None else min(abs(start - near), abs(stop - 1 - near))
        return distance, order[label]

    return min(matches, key=rank)[0]


def _year_in(segment: Segment, context: ExtractionContext, excluded: list[_Comparison]) -> int | None:
    for date in context.facts("dates"):
        span = date.evidence.span
        if date.precision is not Precision.YEAR or span is None:
            continue
        start, stop = span.start, span.end
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
            and not _is_difference(segment.text, number)
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
            if parent is None and _PART_WORD_AFTER.match(segment.text[number.stop :]):
                earlier = here or previous_segment_counts
                parent = earlier[-1] if earlier else None  # "пять из них реализуются ..."
            clause_start = numbers[position - 1].last + 1 if position > 0 else 0
            clause_stop = _clause_stop(segment, number, numbers[position + 1 :], markers)
            if what is not None and what.how == "bracketed_change" and what.head is not None:
                clause_stop = what.head + 1  # "разноуровневые программы (с 22 до 31)": the type is before the bracket
            indicator = indicator_cell(segment, self.context) if what is None else None
            if what is not None:
                is_program = what.is_program
            elif indicator is not None:
                is_program = indicator.about_programs and (indicator.unit or "").strip() != "%"
                if is_program and indicator.parent_value is not None and indicator.parent_label is not None:
                    parent = _indicator_parent(indicator, segment, index, self.context)
            else:
                is_program = _implied_program(segment, number, markers, parent, here, clause_start, self.context)
            if not is_program:
                continue
            program_type, confidence = self._program_type(
                index, segment, number, clause_start, clause_stop, parent, indicator
            )
            count = ProgramCount(
                value=int(number.value),
                program_type=program_type,
                year=_year_in(segment, self.context, comparisons) or year_of_column(segment),
                qualifier=number.qualifier,
                part_of=int(parent.count.value) if parent is not None else None,
                evidence=segment.evidence(span=(number.start, number.stop)),
                rule=f"program_counts.{what.how if what is not None else 'breakdown'}",
                confidence=confidence,
            )
            found = _Found(count, number.start, index, parent=parent, stop=number.stop)
            if re.search(r"\bиз\s+$", segment.text[max(0, number.start - 4) : number.start]):
                markers = sorted([*markers, number.stop])  # "из 36 программ 31 ..., 5 ...": parts follow
            here.append(found)
            self.found.append(found)
        self._attach_comparisons(comparisons, here, previous_segment_counts)

    def _program_type(
        self,
        index: int,
        segment: Segment,
        number: NumberMention,
        clause_start: int,
        clause_stop: int,
        parent: _Found | None,
        indicator: IndicatorCell | None,
    ) -> tuple[str | None, float]:
        """(type, confidence): a narrower type from the count's clause,
        its indicator row, the total it breaks down, its sentence, its row or previous sentence;
        only when none names one, ``all`` cues in the same places."""
        doc = segment.doc
        scope_stop = _before_breakdown(segment, after=number.stop)
        for specific in (True, False):
            found = _cue_type(doc, clause_start, clause_stop, self.context, near=number.first, specific=specific)
            if found is None and indicator is not None:
                found = _label_type(indicator.label, self.context, specific=specific)
            if found is not None:
                return found, 0.9
            if specific and parent is not None and parent.count.program_type is not None:
                return parent.count.program_type, 0.9
            found = _cue_type(doc, 0, scope_stop, self.context, specific=specific)
            if found is not None:
                return found, 0.85
        for specific in (True, False):
            found = self._context_type(index, segment, specific=specific)
            if found is not None:
                return found, 0.7
        return None, 0.7

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
            latest = candidates[-1]
            marker_start = _BREAKDOWN_START.search(segment.text[latest.stop : marker])
            if marker_start is not None and not segment.text[latest.stop : latest.stop + marker_start.start()].strip():
                return latest.parent  # "пять из них ..., четыре – ...": a part, not the total
            return latest
        if not segment.text[:marker].strip(" -–—•").lower().startswith(("из", "в т", "в том")):
            return None
        top_level = [found for found in previous_segment if found.count.part_of is None]
        return top_level[-1] if top_level else (previous_segment[-1] if previous_segment else None)

    def _attach_comparisons(
        self, comparisons: list[_Comparison], here: list[_Found], previous_segment: list[_Found]
    ) -> None:
        for comparison in comparisons:
            if comparison.applies_to_next:
                following = [found for found in here if found.position >= comparison.stop]
                if following and following[0].count.previous is None and comparison.value is not None:
                    following[0].count.previous = PreviousValue(value=comparison.value, year=comparison.year)
                continue
            targets = [found for found in here if found.position < comparison.start and found.count.part_of is None]
            if not targets and not here:
                targets = [found for found in previous_segment if found.count.part_of is None]
            if not targets:
                continue
            target = targets[-1].count
            value = comparison.value if comparison.value is not None else target.value
            if target.previous is None:
                target.previous = PreviousValue(value=value, year=comparison.year)

    def _context_type(self, index: int, segment: Segment, specific: bool = True) -> str | None:
        if segment.cell is not None and segment.row_index is not None and segment.block.table is not None:
            for other in self.segments:
                if other.row_index == segment.row_index and other is not segment:
                    program_type = _cue_type(other.doc, 0, len(other.doc), self.context, specific=specific)
                    if program_type is not None:
                        return program_type
            return None
        previous = self.segments[index - 1] if index > 0 else self.segment_before
        if previous is None:
            return None
        return _cue_type(previous.doc, 0, len(previous.doc), self.context, specific=specific)


def _label_type(label: str, context: ExtractionContext, specific: bool | None = None) -> str | None:
    from mocparse.nlp.annotate import make_doc

    doc = make_doc(label)
    return _cue_type(doc, 0, len(doc), context, specific=specific)


def _indicator_parent(indicator: IndicatorCell, segment: Segment, index: int, context: ExtractionContext) -> _Found:
    """The total row above an indicator sub-row (``в т.ч. ...``), as the parent of its counts."""
    total = ProgramCount(
        value=int(indicator.parent_value or 0),
        program_type=_label_type(indicator.parent_label or "", context),
        evidence=segment.evidence(),
        rule="program_counts.indicator_parent",
        confidence=0.0,
    )
    return _Found(total, -1, index)


def _clause_stop(segment: Segment, number: NumberMention, later: list[NumberMention], markers: list[int]) -> int:
    """Where a count's clause ends: the next number, a breakdown marker after it, or — when more
    numbers follow — the first comma after its noun phrase."""
    doc = segment.doc
    stop = later[0].first if later else len(doc)
    later_marker = next((marker for marker in markers if marker > number.stop), None)
    if later_marker is not None:
        marker_token = segment.token_at(later_marker - 1)
        if marker_token is not None:
            stop = min(stop, marker_token.i)
    if later:
        comma = next((t.i for t in doc[number.last + 1 : stop] if t.text in {",", ";"}), None)
        if comma is not None:
            stop = comma
    return stop


def _before_breakdown(segment: Segment, after: int) -> int:
    """Token index where the text after a breakdown marker following ``after`` begins (or the end)."""
    match = _BREAKDOWN.search(segment.text, after)
    if match is None:
        return len(segment.doc)
    token = segment.token_at(match.start())
    return token.i if token is not None else len(segment.doc)


def _implied_program(
    segment: Segment,
    number: NumberMention,
    markers: list[int],
    parent: _Found | None,
    here: list[_Found],
    clause_start: int,
    context: ExtractionContext,
) -> bool:
    """A number without a noun still counts programs: a part of a breakdown of programs
    (``из них 11 – с ..., 7 – с ...``, ``пять из них ...``), or an ellipsis with a type cue
    (``из них 412 сетевых``, ``57 программ ..., положительное заключение получили 49``)."""
    text_after = segment.text[number.stop :]
    if parent is not None and (
        _right_after_marker(number, markers)
        or _PART_WORD_AFTER.match(text_after)
        or re.match(r"\s*[–—-]\s", text_after)
    ):
        return True
    if not (here or parent):
        return False
    doc = segment.doc
    return bool(
        _cue_type(doc, number.last + 1, number.last + 7, context)
        or (here and _cue_type(doc, clause_start, number.first, context, specific=True))
    )


def _is_difference(text: str, number: NumberMention) -> bool:
    """``на 38 программ больше``, ``уменьшение на 3 программы``: a difference, not a count."""
    before = text[max(0, number.start - 30) : number.start]
    if _DIFFERENCE_BEFORE.search(before):
        return True
    return before.rstrip().endswith(" на") and bool(_DIFFERENCE_AFTER.match(text[number.stop :]))


def _right_after_marker(number: NumberMention, markers: list[int]) -> bool:
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
        # the previous sentence gives a type only within a paragraph, or when the paragraph
        # broke off mid-sentence (no final punctuation)
        segment_before = segments[-1] if not re.search(r"[.!?;:»)]\s*$", segments[-1].text) else None
    return results
