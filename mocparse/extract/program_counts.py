"""Counts of educational programs with their dimensions (rules/program_types.yaml).

A count is a number that counts programs (``20 разноуровневых программ``, ``программ в сетевой
форме – 8``, ``количество программ ... составляло 18``, ``Экспертизу прошли 31 программа``, a part of
a breakdown of programs (``из них художественной направленности – 25``), an indicator-table cell
whose row names programs). Its status, form and focus come from cues said of it: in its clause
(the words between it and the neighbouring counts), then the indicator row, then the total it breaks
down (``из них``), then the rest of its sentence outside other counts' clauses, then its table row or
the previous sentence. What the number means otherwise — an earlier value (``previous``), a change,
its year, planned or achieved — comes from :mod:`mocparse.extract.meaning`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dimensions import (
    all_dimension_values,
    dimension_cues,
    document_about_assessment,
    labelled_matches,
    speaks_of_assessment,
)
from mocparse.extract.meaning import NumberMeaning, analyse, earlier_sentence
from mocparse.extract.numbers import (
    DASHES,
    YEAR,
    Counted,
    NumberMention,
    after_preposition,
    clause_mark_before,
    counted,
    cue_tokens,
    exact_words,
    is_noun,
    is_program_noun,
    lemmas_of_list,
    opens_attribute,
    plan_aside_opening,
    points_to_sentence_before,
    qualifier_start,
    skip_bracket,
)
from mocparse.extract.table_cells import TableCell, table_cell
from mocparse.extract.tables import column_headers
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import make_doc, token_lists
from mocparse.nlp.morph import may_be_genitive, parses, part_of_speech
from mocparse.records import Kind, PreviousValue, ProgramCount
from mocparse.rules import DIMENSIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ALL = "all"
_PUBLISHED = "published"
_DASH_AFTER = re.compile(r"^\s*[–—-]\s")


@dataclass
class Dimensions:
    """The status, form and focus of a count, and how sure the reading is."""

    values: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.7
    also: set[str] = field(default_factory=set)
    """Other values named in the count's own clause: they compete for ``program_type`` too."""
    part: bool = False
    """A part of a breakdown whose "published" stage is its total's: it stays a stage, not the type "all"."""

    def program_type(self, order: dict[str, int]) -> str | None:
        """The most specific value in ``type_order`` (``published`` reads as ``all``, except for a part
        and for a count typed by its направленность)."""
        candidates = [
            _ALL if value == _PUBLISHED else value
            for value in {*self.values.values(), *self.also}
            if not (value == _PUBLISHED and (self.part or "focus" in self.values))
        ]
        ranked = [value for value in candidates if value in order]
        return min(ranked, key=order.__getitem__) if ranked else None


@dataclass
class _Found:
    count: ProgramCount
    dimensions: Dimensions
    position: int  # local char offset of the number in its segment
    segment_index: int
    parent: _Found | None = None
    stop: int = -1
    whole: bool = False
    """The whole of a partitive ("138 программ из 356": 356)."""


_PART_BEFORE_WHOLE = re.compile(r"\s*(?:[А-Яа-яЁё-]+\s+){0,3}из\s+", re.IGNORECASE)
"""Between a part and its whole: "27 программ из 74", "1 сертифицированная программа из 5"."""


def _is_whole_of(segment: Segment, part: _Found, start: int) -> bool:
    """The number at ``start`` is said as the whole of ``part`` ("27 программ из 74")."""
    return bool(_PART_BEFORE_WHOLE.fullmatch(segment.text[part.stop : start]))


@dataclass(frozen=True, slots=True)
class _LeadIn:
    whole_count: _Found | None
    """The count the lead-in's items are parts of, when it names one."""


def _label_begin(doc: Doc, dash: int) -> int:
    """Where the label before the dash at ``dash`` starts: after the ``,`` ``;`` ``:`` before it, or,
    when a comma closes a participial clause right before the dash ("новых, впервые размещённых в 2025
    году, — 23"), after the mark before that clause's opening comma."""
    start = dash
    closing = start > 0 and doc[start - 1].text == ","
    if closing:
        start -= 1
    opened = False
    while start > 0 and doc[start - 1].text not in {";", ":"}:
        if doc[start - 1].text == ",":
            # the clause's opening comma follows a word; a comma after a figure ends the item before
            if not closing or opened or (start >= 2 and doc[start - 2].like_num):
                break
            opened = True
        start -= 1
    return start if not closing or opened else dash


def _opens_with_modifier(doc: Doc, start: int) -> bool:
    """The label at ``start`` opens with an adjective or participle (list marks skipped)."""
    first = next((token for token in doc[start:] if not token.is_punct), None)
    return first is not None and any(p.tag.POS in {"ADJF", "PRTF"} for p in parses(first.lower_)[:1])


def _may_head_label(doc: Doc, token: Token) -> bool:
    """A noun that may head a label of its own: in the nominative, not an indeclinable abbreviation
    (``ОВЗ``), not governed by a preposition just before it."""
    if not is_noun(token):
        return False
    if after_preposition(doc, token.i):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and "Fixd" not in p.tag for p in parses(token.lower_))


def _genitive_tail(doc: Doc, start: int) -> int:
    """Where the genitive attributes from ``start`` end: "(программ) художественной направленности"."""
    end = index = start
    while index < len(doc):
        while index < len(doc) and _genitive(doc[index], _ADJECTIVES):
            index += 1
        if index < len(doc) and _genitive(doc[index], _NOUNS):
            index += 1
            end = index
            continue
        break
    return end


_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_NOUNS = frozenset({"NOUN"})


def _genitive(token: Token, parts_of_speech: frozenset[str]) -> bool:
    return token.is_alpha and may_be_genitive(token.text, parts_of_speech, readings=3)


def _passed_stage(stages: list[str]) -> str | None:
    """The stage of programs that passed the assessment: the second of ``assessment_stages``."""
    return stages[1] if len(stages) > 1 else None


def _move_to_entry_stage(found: _Found, context: ExtractionContext, said: list[_Found] | None = None) -> None:
    """The count went through the assessment rather than passed it: its stage is the entry one, and
    that of its parts ``said`` already with no stage of their own ("краткосрочных – 15, в том числе 8
    летних (прошли все 15)": the 8 were submitted too)."""
    stages = context.rules.program_types.assessment_stages
    entry = stages[0]
    for count in (found, *(part for part in said or () if part.parent is found)):
        if count is not found and count.dimensions.values.get("status", _PUBLISHED) != _PUBLISHED:
            continue
        count.dimensions.values["status"] = entry
        count.dimensions.also -= set(stages[1:])
        count.count.status = entry
        count.count.program_type = count.dimensions.program_type(context.rules.type_order)


def _clause_region(doc: Doc, number: NumberMention) -> tuple[int, int]:
    """The part of the sentence between ``;`` / ``:`` marks that holds the number."""
    marks: list[int] | None = doc.user_data.get("clause_marks")
    if marks is None:
        _, lowers = token_lists(doc)
        marks = doc.user_data["clause_marks"] = [i for i, text in enumerate(lowers) if text in {";", ":"}]
    before = bisect.bisect_left(marks, number.first)
    after = bisect.bisect_right(marks, number.last)
    return (marks[before - 1] + 1 if before else 0), (marks[after] if after < len(marks) else len(doc))


def _opens_inline_item(doc: Doc, index: int) -> bool:
    """Token ``index`` opens an item of a list run into one paragraph: a dash or a bullet after ";"
    ("…по сертификатам, – не менее 25 %; – количество программ – 260")."""
    return doc[index].text in {"–", "—", "-", "•"} and doc[index - 1].text == ";"


def _in_aside_before(doc: Doc, earlier: NumberMention, number: NumberMention) -> bool:
    """The earlier number stands in brackets that close before the number, with nothing but words
    between ("(до 36 часов) реализовано 23"): an aside inside the number's clause."""
    closing = next((i for i in range(earlier.last + 1, number.first) if doc[i].text == ")"), None)
    if closing is None or not any(doc[i].text == "(" for i in range(max(0, earlier.first - 6), earlier.first)):
        return False
    return not any(token.is_punct or token.like_num for token in doc[closing + 1 : number.first])


def _plan_pair(doc: Doc, first: NumberMention, second: NumberMention, context: ExtractionContext) -> bool:
    """One of two numbers in a row is the plan of the other, said in an aside ("при плане 12")."""
    aside = plan_aside_opening(doc, first.first, context)
    if aside is not None and not any(token.like_num for token in doc[first.last + 1 : second.first]):
        return True
    aside = plan_aside_opening(doc, second.first, context)
    return aside is not None and aside == first.last + 1


def _cues_outside(
    doc: Doc,
    context: ExtractionContext,
    taken: list[tuple[int, int]],
    stop: int,
    assessment: bool,
    region: tuple[int, int] | None = None,
) -> dict[str, tuple[str, int]]:
    """Dimension cues of tokens [0, stop) — within ``region`` — that lie in no other count's clause."""
    found: dict[str, tuple[str, int]] = {}
    start = 0
    if region is not None:
        start, stop = max(start, region[0]), min(stop, region[1])
    for first, last in [*sorted(taken), (stop, stop)]:
        if start < min(first, stop):
            for name, value in dimension_cues(doc, start, min(first, stop), context, assessment=assessment).items():
                found.setdefault(name, value)
        start = max(start, last)
        if start >= stop:
            break
    return found


class _BlockReader:
    """Reads the program counts of one block, sentence by sentence."""

    def __init__(
        self,
        annotated: AnnotatedDocument,
        segments: list[Segment],
        context: ExtractionContext,
        carried: list[_Found] | None = None,
        segment_before: Segment | None = None,
        history: list[_Found] | None = None,
        heading: bool = False,
        sentence_before: Segment | None = None,
    ) -> None:
        self.annotated = annotated
        self.sentence_before = sentence_before  # the last sentence of the block before, whatever it ends with
        self.heading = heading  # the block stands under a heading that names programs ("Программы в Навигаторе")
        self.segments = segments
        self.context = context
        self.found: list[_Found] = []
        self._of_segment: dict[int, list[_Found]] = {}  # the counts found, by the index of their segment
        self.carried = carried or []  # counts of the sentence just before this block
        self.segment_before = segment_before
        self.history = history or []  # the counts of earlier blocks that are no parts
        # the paragraph (or table row) speaks of quality assessment: "прошли 66, не прошли 8" are stages
        self.assessment = document_about_assessment(context) or any(
            speaks_of_assessment(segment.doc, context) for segment in segments
        )

    def read(self) -> list[_Found]:
        for index, segment in enumerate(self.segments):
            self._read_segment(index, segment)
        return self.found

    def _settle_restated_wholes(self, here: list[_Found], restated: list[_Found]) -> None:
        """A count restated as the whole of later parts ("прошли 18 … Из 18 – пятнадцать получили …")
        only went through the assessment when its parts passed or failed it, and so did its plan."""
        later = self.context.rules.program_types.assessment_stages[1:]
        for said in restated:
            parts = [found for found in here if found.parent is said]
            if said.count.status in later and any(part.count.status in later for part in parts):
                _move_to_entry_stage(said, self.context)
            if said.count.status in later:
                continue
            for plan in here:  # "прошли 34 программы при плане 30": the plan of the same stage
                if (
                    plan.count.rule == "program_counts.plan_aside"
                    and plan.count.status in later
                    and plan.position > said.position
                ):
                    _move_to_entry_stage(plan, self.context)

    def _restated_whole(
        self,
        segment: Segment,
        number: NumberMention,
        what: Counted | None,
        here: list[_Found],
        said_before: list[_Found],
    ) -> _Found | None:
        """A bare whole "из N" whose N is the value of a count just said (in this sentence or the one
        before) that is no part: that count, which the parts after it break down."""
        doc = segment.doc
        if number.first == 0 or doc[number.first - 1].lower_ not in self._part_of_whole():
            return None
        if what is not None and what.head is not None and what.head > number.last:
            return None  # "из 34 программ …": a whole named with its noun counts on its own
        return next(
            (
                found
                for found in reversed([*said_before, *here])
                if found.count.value == number.value
                and found.parent is None
                and not found.whole
                and found.count.kind == "actual"
            ),
            None,
        )

    def _bare_after_words(self, segment: Segment, number: NumberMention, clause_start: int) -> bool:
        """The number stands on its own after its clause's words: no preposition governs it ("из 50
        возможных", "на 4 л."), it labels no heading or item ("6. Независимая оценка …") and the
        words name no counted thing of another kind ("Педагогов прошли КПК 44")."""
        doc = segment.doc
        if after_preposition(doc, number.first):
            return False
        if number.first == 0 and number.last + 1 < len(doc) and doc[number.last + 1].text in {".", ")"}:
            return False
        if self._other_whole_before(segment, number):
            return False  # "открыто 268 групп, в т.ч. 31 – впервые"
        units = self.context.rules.counted_units
        mark = clause_mark_before(doc, number.first)
        start = 0 if mark is None else mark + 1  # "из 185 сертификатов 141 приходится …": their part
        return not any(token.lemma_ in units for token in doc[min(start, clause_start) : number.first])

    def _names_kind(self, segment: Segment, number: NumberMention, start: int, stop: int) -> bool:
        """The few words of the number's clause [start, stop) name a kind of programs (a stage, form
        or направленность): the bare number counts programs of the sentence before."""
        doc = segment.doc
        words = [
            token for token in doc[start:stop] if not token.is_punct and not number.first <= token.i <= number.last
        ]
        if not words or len(words) > 4:
            return False
        cues = dimension_cues(doc, start, stop, self.context, assessment=self.assessment)
        return any(name != "status" or value != _PUBLISHED for name, (value, _) in cues.items())

    def _future_of_count(self, segment: Segment, number: NumberMention, here: list[_Found]) -> Dimensions | None:
        """A bare number in a later clause whose only words say it is to come ("Сетевых программ сейчас
        четыре, будет не меньше семи", ", а к 2027 году планируется 25"): the planned value of the count
        said last in the sentence, with its dimensions."""
        if not here or here[-1].whole or here[-1].stop > number.start:
            return None
        doc = segment.doc
        between = [token for token in doc if here[-1].stop <= token.idx < doc[number.first].idx]
        if not any(token.text == "," for token in between) or any(token.text in {";", ":", "("} for token in between):
            return None
        target = lemmas_of_list(self.context, "target")
        count_nouns = lemmas_of_list(self.context, "count_nouns")
        language = self.context.rules.language
        future = False
        for token in between:
            if token.is_punct or token.like_num:
                continue
            best = parses(token.lower_)[:1]
            if token.lemma_ in target or (best and "futr" in best[0].tag and token.lemma_ in language.future_copulas):
                future = True
            elif (
                best
                and best[0].tag.POS == "NOUN"
                and token.lemma_ not in language.time_nouns
                and token.lemma_ not in count_nouns  # "…, планируем довести их число до десяти": the count's own
            ):
                return None  # "…, будет 30 детей": a clause of its own thing
        return here[-1].dimensions if future else None

    def _respective(
        self, segment: Segment, number: NumberMention, here: list[_Found], said_before: list[_Found]
    ) -> Dimensions | None:
        """The dimensions of the count a bare number after "соответственно" goes with: the counts said before the word
        (in this sentence, else the one before), in order."""
        doc = segment.doc
        words = {word.lower() for word in self.context.rules.numbers.respectively}
        marker = next((token.i for token in doc[: number.first] if token.lower_ in words), None)
        if marker is None:
            return None
        bare = [
            meaning.number
            for meaning in analyse(segment, self.context)
            if meaning.is_value and not meaning.percent and meaning.number.first > marker
        ]
        position = next((k for k, other in enumerate(bare) if other.first == number.first), None)
        before = [found for found in here if found.position < doc[marker].idx and found.parent is None]
        referents = before if len(before) >= len(bare) else [found for found in said_before if found.parent is None]
        if position is None or len(referents) < len(bare):
            return None
        return referents[len(referents) - len(bare) + position].dimensions

    def _pronoun_antecedent(
        self, index: int, segment: Segment, number: NumberMention, said: list[_Found]
    ) -> Dimensions | None:
        """The count of the sentence before that a pronoun of this number's clause stands for ("Сейчас
        их 61.", "В 2026 году их число планируется довести до 70."): its last count that is no part."""
        if not points_to_sentence_before(segment, number.first, self.context):
            return None
        wholes = [found for found in said if found.parent is None and not found.whole]
        if wholes:
            return wholes[-1].dimensions
        before = self.segments[index - 1] if index else self.sentence_before
        if before is None or not any(is_program_noun(token, self.context) for token in before.doc):
            return None
        # "… сколько сегодня программ в районе? – На начало апреля их сто семьдесят одна.": the
        # programs the sentence before named, of the kind it named
        cues = dimension_cues(before.doc, 0, len(before.doc), self.context, assessment=self.assessment)
        return Dimensions({name: value for name, (value, _) in cues.items()} or {"status": _PUBLISHED})

    def _read_segment(self, index: int, segment: Segment) -> None:
        previous_segment_counts = self._of_segment.get(index - 1, []) if index else self.carried
        earlier = earlier_sentence(segment, self.context)
        # the whole of a partitive ("138 программ из 356") is not what "таких программ" points back to
        top_level = [
            found
            for found in previous_segment_counts
            if not found.whole and (found.count.part_of is None or (found.parent is not None and found.parent.whole))
        ]  # "138 программ из 356": the part is what the sentence is about
        if earlier is not None and len(earlier[0]) == 1 and top_level and top_level[-1].count.previous is None:
            (meaning,), year = earlier
            top_level[-1].count.previous = PreviousValue(value=int(meaning.number.value), year=year)
            return
        if earlier is not None and len(earlier[0]) == len(previous_segment_counts) > 1:
            # "… опубликовано 129 программ, из них 66 сертифицированных. В 2024/2025 учебном году программ
            # было 118, сертифицированных среди них – 54.": each count's earlier value in turn
            values, year = earlier
            if all(found.count.previous is None for found in previous_segment_counts):
                for found, meaning in zip(previous_segment_counts, values, strict=True):
                    found.count.previous = PreviousValue(value=int(meaning.number.value), year=year)
                return
        meanings = [
            meaning
            for meaning in analyse(segment, self.context)
            if meaning.number.is_integer and not meaning.percent and meaning.is_value
        ]
        if not meanings:
            return
        numbers = [meaning.number for meaning in meanings]
        markers = [segment.doc[stop - 1].idx + len(segment.doc[stop - 1].text) for _, stop in self._breakdowns(segment)]
        here: list[_Found] = []
        restated_wholes: list[_Found] = []
        clauses, holes = self._clauses(segment, numbers, markers)
        for position, meaning in enumerate(meanings):
            number = meaning.number
            what = counted(segment, number, self.context)
            restated = self._restated_whole(segment, number, what, here, previous_segment_counts)
            if restated is not None:
                # "прошли 34 программы …; из 34 – двадцать девять получили …": the whole is the count
                # said before, not a new one; the parts after it are its own
                if here and here[-1].parent is None and _is_whole_of(segment, here[-1], number.start):
                    here[-1].parent = restated  # "Двенадцать из 40 – новые": a part said before its whole
                    here[-1].count.part_of = int(restated.count.value)
                    continue
                markers = sorted([*markers, number.stop])
                here.append(restated)
                restated_wholes.append(restated)
                continue
            antecedent: Dimensions | None = None  # what a pronoun of the clause stands for
            respective: Dimensions | None = None  # the count said before that "соответственно" pairs it with
            own_label = False  # the words after the number name it ("девять – платные"): nothing else types it
            parent = self._parent(
                segment,
                number,
                markers,
                here,
                previous_segment_counts,
                self.segments[index - 1] if index else self.segment_before,
            )
            if parent is None and self._part_word_after(segment, number):
                if not here and self._other_whole_before(segment, number):
                    continue  # "187 детей с ОВЗ …, занимаются в кружках 143 из них": a part of the children
                said = here or previous_segment_counts
                parent = said[-1] if said else None  # "пять из них реализуются ..."
            if parent is None and here:
                parent = self._bracket_head(segment, number, here[-1])
            clause_start, clause_stop = clauses[position]
            lead_in_stop = 0  # a lead-in before a colon of this sentence that the count's label leans on
            if what is not None and what.how == "share_bracket":
                clause_start, clause_stop = _share_region(segment, number, self.context)
            if what is not None and what.how == "bracketed_change" and what.head is not None:
                # "программы для сельских детей (с 27 до 34)": the type is in the noun phrase before the bracket
                clause_stop = next(
                    (i for i in range(number.first - 1, what.head, -1) if segment.doc[i].text == "("), what.head + 1
                )
            if what is not None and what.is_program:
                is_program = True
            elif what is None and (respective := self._respective(segment, number, here, previous_segment_counts)):
                is_program = True  # "7 сетевых и 12 модульных, … увеличить соответственно до 10 и 15"
            elif what is None and (respective := self._future_of_count(segment, number, here)):
                is_program = True  # "Сетевых программ сейчас четыре, будет не меньше семи"
            elif (
                what is not None
                and (parent is not None or here or self.found or self.carried)
                and self._qualifier_head(segment, what.head)
                and (parent is not None or _names_dimension_noun(segment.doc, what.head, self.context))
            ):
                # "из них художественной направленности – 25"; after counts of programs, "Дальше
                # художественная направленность – 39"
                is_program = True
            elif (
                (
                    (
                        what is not None
                        and what.how in {"predicate", "clause_final"}
                        # not "из 240 мест … занято 196": a noun another number counts
                        and not (what.head is not None and what.head > 0 and segment.doc[what.head - 1].like_num)
                    )
                    or (what is None and _after_predicate(segment.doc, number, self.context))
                )
                and (
                    here
                    or (
                        (self.found or self.carried)
                        and _names_form_or_focus(
                            segment.doc, clause_start, number.first, self.context, status=what is None
                        )
                    )
                )
                and _elliptic_label(segment.doc, clause_start, number)
            ):
                # "Сетевых программ девять, адаптированных для детей с ОВЗ – семь"; also in the next
                # sentence of a paragraph about programs ("Адаптированных для детей с ОВЗ стало 17")
                is_program = True
            elif (
                what is not None
                and what.how == "predicate"
                and (label := self._label_start(index, segment, number)) is not None
                and _opens_with_modifier(segment.doc, label[0])
                and not any(_may_head_label(segment.doc, token) for token in segment.doc[label[0] : number.first])
            ):
                # "- адаптированные для детей с ОВЗ и детей-инвалидов – 11;" under a lead-in about programs:
                # the children are the programs' audience, the label leans on the lead-in's noun
                is_program = True
                clause_start, lead_in_stop = label
            elif what is not None:
                # under a heading "Программы в Навигаторе": "реестр сертифицированных — 96", "Прошли
                # независимую оценку качества — 58" — the heading names what the line counts
                is_program = self._stage_under_heading(index, segment, number, what)
            elif (label := self._label_start(index, segment, number)) is not None:
                is_program = True  # "Из общего числа программ:" / "- разноуровневых – 47;", "…: художественная – 68"
                clause_start, lead_in_stop = label
                if parent is None and self._lead_in_breaks_down(index, segment, lead_in_stop):
                    # "вошли 142 программы. Из них по направленностям: …"; "Из общего числа программ:"
                    # breaks down the count of all programs, not the count of a stage said last
                    parent = self._last_total(index, self._lead_in_status(segment, number))
            elif parent is not None and self._after_partitive_whole(segment, number, parent):
                is_program = True  # "Из 27 отклонённых программ 19 были доработаны …"
            elif (subject := self._colon_subject(segment, number)) is not None:
                is_program = True  # "Выросло число сетевых программ: было четыре, стало девять"
                clause_start = min(clause_start, subject)
            elif here and not here[-1].whole and _is_whole_of(segment, here[-1], number.start):
                is_program = True  # "23 программы из 61": the whole of a part that counts programs
            elif (lead := self._opens_item_of_lead_in(index, segment, number)) is not None:
                is_program = True  # "из 347 программ:" / "– 14 сетевых (в прошлом году было 9);"
                parent = parent or lead.whole_count
            elif (earlier_start := self._earlier_counts_programs(segment, meaning)) is not None:
                is_program = True  # "В 2024 году сетевых программ было 12, в 2025 году – 17": typed as the 12
                clause_start = min(clause_start, earlier_start)
            elif (here or self.found or self.carried) and _dimension_adjective_label(segment.doc, number, self.context):
                # "Всего … опубликовано 263 программы. … Больше всего художественных – 78; за ними идут
                # социально-гуманитарные (57)": a направленность or form standing for the programs said before
                is_program = True
            elif (
                what is None
                and (previous_segment_counts or (self.assessment and (here or self.found or self.carried)))
                and self._bare_after_words(segment, number, clause_start)
                and self._names_kind(segment, number, clause_start, clause_stop)
            ):
                # "… реализует 58 программ. Вновь разработано девять, из них четыре …"; "… представлено
                # 27 программ. Экспертизу прошли 15, на доработку возвращены 4"
                is_program = True
            elif (
                what is None
                and (here or previous_segment_counts)
                and not after_preposition(segment.doc, number.first)  # not "из 25 запланированных"
                and _adjective_stands_for_noun(segment.doc, number)
                and not self._other_whole_before(segment, number)
            ):
                is_program = own_label = True  # "104 программы идут по муниципальному заданию, и девять – платные"
            elif (
                what is None
                and not here
                and (antecedent := self._pronoun_antecedent(index, segment, number, previous_segment_counts))
            ):
                is_program = True  # "… было 52 сертифицированные программы. Сейчас их 61."
            else:
                is_program = _implied_program(
                    segment, number, markers, parent, here, clause_start, self.context, self.assessment
                ) or self._stage_under_heading(index, segment, number, what)  # "Сетевые — 12", "38 прошли НОК"
            if not is_program:
                continue
            pronoun = (
                next(
                    (
                        token.idx
                        for token in segment.doc[what.head : number.first]
                        if token.lower_ in exact_words(self.context, "pronouns")
                    ),
                    None,
                )
                if antecedent is None and what is not None and what.head is not None and what.head < number.first
                else None
            )
            if pronoun is not None:
                # "… включено 9 сертифицированных программ, что позволит увеличить их количество до 117",
                # "Модульных программ пять, планируем довести их число до восьми": the pronoun stands for the
                # programs counted before it in the sentence; their count's kind is this one's
                counted_before = [found for found in here if found.position < pronoun]
                respective = self._respective(segment, number, here, previous_segment_counts)
                if respective is None and counted_before:  # "… 7 сетевых и 12 модульных, их число – соответственно …"
                    antecedent = counted_before[-1].dimensions
            if not lead_in_stop and (label := self._label_start(index, segment, number)) is not None:
                lead_in_stop = label[1]
            if parent is None and not here and index == 0 and self._lead_in_breaks_down(index, segment, 0):
                parent = self._last_total(index)  # "Из общего количества:" / "- разноуровневых программ – 58;"
            if parent is None and not here:
                parent = self._lead_in_whole(index)  # "из 347 программ:" / "– 27 краткосрочных программ …;"
            others = [clause for other, clause in enumerate(clauses) if other != position]
            dimensions = self._dimensions(
                index,
                segment,
                number,
                clause_start,
                clause_stop,
                parent,
                others,
                holes.get(position),
                exact=own_label or (what is not None and what.how == "share_bracket"),
            )
            if respective is not None:
                dimensions.values = dict(respective.values)
            elif antecedent is not None and not dimensions.values:
                # "Сейчас их 61": the programs said before; "По художественной направленности их
                # осталось 39": programs in general, of the направленность named here
                dimensions.values.update(antecedent.values)
            if what is not None and what.how in {"pair", "plan_aside"} and here:
                # "119 программ при плане 115", "125 / 129": the plan of the same programs
                dimensions.values.update(here[-1].dimensions.values)
            elif what is not None and what.how == "restated" and here:
                for name, value in here[-1].dimensions.values.items():  # "171 программа (план – 160)"
                    dimensions.values.setdefault(name, value)
            if lead_in_stop:  # the stage of "Структура программ, опубликованных в Навигаторе, …:"
                for name, (value, _) in dimension_cues(segment.doc, 0, lead_in_stop, self.context).items():
                    # "Среди поданных программ: … реализуемых дистанционно – 4": "реализуемых" only says
                    # the programs run; the lead-in's stage is theirs
                    if name == "status" and dimensions.values.get(name, _PUBLISHED) == _PUBLISHED:
                        dimensions.values[name] = value
            if (
                parent is None
                and "focus" not in dimensions.values
                and dimensions.values.get("status", _PUBLISHED) == _PUBLISHED
                and (lead_status := self._lead_in_status(segment, number)) in self._stages_and_registries()
            ):
                # "Среди поданных программ: сетевых – 7, …, реализуемых дистанционно – 4": the stage of
                # the sentence's lead-in, not the "реализуемых" of the item's label
                dimensions.values["status"] = str(lead_status)
            if (
                not dimensions.values
                and here
                and here[-1].dimensions.values.get("status", _PUBLISHED) == _PUBLISHED
                and self._is_partitive_whole(segment, number, numbers)
            ):
                dimensions.values["status"] = _PUBLISHED  # "7 программ из 137": the whole is all programs
            bare_whole = (
                not dimensions.values
                and parent is None
                and (
                    (not here and self._opens_with_whole(segment, number))
                    or self._named_plainly(segment, number)
                    or self._counted_plainly(segment, what)
                )
            )
            count = ProgramCount(
                value=int(number.value),
                program_type=dimensions.program_type(self.context.rules.type_order),
                focus=dimensions.values.get("focus"),
                form=dimensions.values.get("form"),
                status=dimensions.values.get("status"),
                kind=self._kind(meaning, parent),
                year=meaning.year,
                previous=meaning.previous,
                qualifier=number.qualifier,
                part_of=int(parent.count.value) if parent is not None else None,
                evidence=segment.evidence(
                    span=(number.start, number.stop), phrase=_phrase(segment, clause_start, clause_stop, number)
                ),
                rule=f"program_counts.{what.how if what is not None else 'breakdown'}",
                confidence=dimensions.confidence,
            )
            if bare_whole:  # "Из 198 программ 2025 года: …": all programs, broken down (its parts keep their own)
                count.status = _PUBLISHED
                count.program_type = Dimensions({"status": _PUBLISHED}).program_type(self.context.rules.type_order)
            whole = re.search(r"\bиз\s+$", segment.text[max(0, number.start - 4) : number.start], re.IGNORECASE)
            found = _Found(
                count, dimensions, number.start, index, parent=parent, stop=number.stop, whole=whole is not None
            )
            if whole:
                markers = sorted([*markers, number.stop])  # "из 36 программ 31 ..., 5 ...": parts follow
            here.append(found)
            self.found.append(found)
            self._of_segment.setdefault(index, []).append(found)
        self._settle_restated_wholes(here, restated_wholes)
        self._tie_trailing_wholes(segment, here)
        self._tie_stages_adding_up(here)

    def _stage_under_heading(self, index: int, segment: Segment, number: NumberMention, what: Counted | None) -> bool:
        """The first sentence of a block under a heading that names programs is a short line whose value
        opens it or follows its label and a dash; the figure has no noun of its own, or a noun no fact is
        counted in ("реестр", "оценку"), and the line names a stage, a form or a направленность of
        programs, or opens with a plural adjective standing for them ("иные — 55")."""
        doc = segment.doc
        if not self.heading or index or len(segment.text) > _LINE_CHARS or not _line_value(doc, number):
            return False
        if what is not None and (
            what.is_program or what.how != "predicate" or what.unit in self.context.rules.counted_units
        ):
            return False
        clause_start, clause_stop = _clause_region(doc, number)
        cues = dimension_cues(doc, clause_start, clause_stop, self.context, assessment=self.assessment)
        return bool(cues) or _elliptic_label(doc, clause_start, number)

    def _registry_sibling(self, parent: _Found, assessed: list[str]) -> bool:
        """A part of ``parent`` said before has a stage outside the assessment ("Из 137 программ в реестр
        сертифицированных включена 41, …, оценку прошли 30"): the whole is every program, not those assessed."""
        return any(
            found.parent is parent and found.count.status not in {None, _PUBLISHED, *assessed} for found in self.found
        )

    def _tie_stages_adding_up(self, here: list[_Found]) -> None:
        """ "НОК прошли 38 программ, положительное заключение получили 34, четыре направлены на
        доработку": counts at later stages of the assessment that add up to a count before them are
        its parts, and it went through the assessment (the entry stage)."""
        assessed = self.context.rules.program_types.assessment_stages
        for position, whole in enumerate(here):
            if whole.count.status not in assessed:
                continue
            parts: list[_Found] = []
            for found in here[position + 1 :]:
                if found.parent is not None or found.count.status not in assessed[1:]:
                    break
                parts.append(found)
                if sum(part.count.value for part in parts) >= whole.count.value:
                    break
            if (len(parts) >= 2 and sum(part.count.value for part in parts) == whole.count.value) or (
                parts and _narrower_passed(whole, parts[0], assessed)
            ):
                for part in parts:
                    part.parent = whole
                    part.count.part_of = whole.count.value
                _move_to_entry_stage(whole, self.context)

    def _tie_trailing_wholes(self, segment: Segment, here: list[_Found]) -> None:
        """ "27 программ из 74", "(1 сертифицированная программа из 5)": the count before "из" is a
        part of the whole after it, and the words of the part do not type the whole."""
        doc = segment.doc
        for part, whole in itertools.pairwise(here):
            if not whole.whole or part.whole or part.count.part_of is not None:
                continue
            if not _is_whole_of(segment, part, whole.position):
                continue
            part.count.part_of = int(whole.count.value)
            part.parent = whole
            after = next((token.i for token in doc if token.idx >= whole.stop), len(doc))
            stop = next((token.i for token in doc[after:] if token.is_punct), len(doc))
            own = {value for value, _ in dimension_cues(doc, after, stop, self.context).values()}
            stages = self.context.rules.program_types.assessment_stages
            values = whole.dimensions.values
            if any(token.lemma_ in lemmas_of_list(self.context, "target") for token in doc[after:stop]):
                # "прошла 41 программа из 50 запланированных": the whole is the plan of the part's own count
                values.clear()
                values.update(part.dimensions.values)
                whole.dimensions.also = set(part.dimensions.also)
                whole.count.kind = "target"
            for name, value in part.dimensions.values.items():
                if value in own or value == _PUBLISHED or whole.count.kind == "target":
                    continue  # "5 сетевых из 40 сертифицированных": the whole's own words type it
                if values.get(name) == value:
                    del values[name]  # the part is the subset its type sets apart
                    whole.dimensions.also.discard(value)
                if name == "status" and value in stages[1:] and name not in values:
                    values[name] = stages[0]  # "прошли 54 программы из 66": the 66 were submitted
                    whole.dimensions.also -= set(stages[1:])
            whole.count.program_type = whole.dimensions.program_type(self.context.rules.type_order)
            whole.count.focus, whole.count.form = values.get("focus"), values.get("form")
            whole.count.status = values.get("status")

    def _colon_subject(self, segment: Segment, number: NumberMention) -> int | None:
        """Where "число <программ>" starts, when it stands before a colon of the sentence and the
        clause after the colon names no noun of its own before the number; None otherwise."""
        doc = segment.doc
        colon = clause_mark_before(doc, number.first)
        if colon is None or doc[colon].text != ":" or any(is_noun(token) for token in doc[colon + 1 : number.first]):
            return None
        if colon >= 2 and is_program_noun(doc[colon - 1], self.context):
            # "Плановое значение не достигнуто только по сетевым программам: реализовано 19 вместо 20"
            opening = colon - 1
            while opening > 0 and _part_of_speech(doc[opening - 1]) in {"ADJF", "PRTF"}:
                opening -= 1
            if after_preposition(doc, opening):
                return opening - 1
        count_nouns = lemmas_of_list(self.context, "count_nouns")
        for index in range(colon - 1, -1, -1):
            if doc[index].lemma_ in count_nouns:
                following = doc[index + 1 : min(colon, index + 5)]
                if any(is_program_noun(token, self.context) for token in following):
                    return index
                return None
        return None

    def _earlier_counts_programs(self, segment: Segment, meaning: NumberMeaning) -> int | None:
        """Where the clause of this value's earlier value starts, when that earlier value (same
        sentence) counts programs and this one names no noun of its own; None otherwise."""
        if meaning.previous is None:
            return None
        earlier = next((m for m in analyse(segment, self.context) if m.previous_of == meaning.index), None)
        if earlier is None:
            return None
        what = counted(segment, earlier.number, self.context)
        if what is None or not what.is_program:
            return None
        start, _ = _clause_region(segment.doc, earlier.number)
        return min(start, what.head) if what.head is not None else start

    def _after_partitive_whole(self, segment: Segment, number: NumberMention, parent: _Found) -> bool:
        """The number comes right after "из N <noun phrase>" that counts programs: it is a part of N."""
        doc = segment.doc
        whole = next((token.i for token in doc if token.idx == parent.position), None)
        if whole is None or whole == 0 or doc[whole - 1].lower_ not in self._part_of_whole():
            return False
        between = doc[whole + 1 : number.first]
        if not 0 < len(between) <= 4 or not is_program_noun(between[-1], self.context):
            return False
        return all(_part_of_speech(token) in {"NOUN", "ADJF", "PRTF"} for token in between)

    def _opens_with_whole(self, segment: Segment, number: NumberMention) -> bool:
        """The sentence opens with "Из N программ" and breaks them down after it (a colon, or a
        number after the whole's clause)."""
        doc = segment.doc
        first_word = next((token.i for token in doc if not token.is_punct), None)
        if first_word is None or first_word != number.first - 1 or doc[first_word].lower_ != "из":
            return False
        plain = self.context.rules.plain_program_lemmas
        noun = next((token.i for token in doc[number.last + 1 :] if token.lemma_ not in plain), len(doc))
        if noun >= len(doc) or not is_program_noun(doc[noun], self.context):
            return False  # "Из 31 допущенной программы": a whole of its own kind
        return segment.text.rstrip().endswith(":") or any(token.like_num for token in doc[noun + 1 :])

    def _named_plainly(self, segment: Segment, number: NumberMention) -> bool:
        """The number stands before programs named only as what they are ("по 203 дополнительным
        общеобразовательным программам"): all programs, not ones of a kind left unsaid."""
        doc = segment.doc
        plain = self.context.rules.plain_program_lemmas
        words = list(itertools.takewhile(lambda token: token.lemma_ in plain, doc[number.last + 1 :]))
        noun = number.last + 1 + len(words)
        return bool(words) and noun < len(doc) and is_program_noun(doc[noun], self.context)

    def _counted_plainly(self, segment: Segment, what: Counted | None) -> bool:
        """The count's noun phrase is a count noun over programs named only as what they are
        ("Количество программ составило 245", "увеличить число программ до 330 единиц")."""
        if what is None or what.head is None or not what.is_program:
            return False
        doc = segment.doc
        plain = self.context.rules.plain_program_lemmas
        start = what.head
        while start > 0 and doc[start - 1].lemma_ in plain:
            start -= 1
        if start == 0 or doc[start - 1].lemma_ not in lemmas_of_list(self.context, "count_nouns"):
            return False
        # not "число программ технической и естественнонаучной направленностей": two kinds, no one
        end = max(what.head + 1, what.number.last + 1)
        return not all_dimension_values(doc, start, end, self.context, assessment=self.assessment)

    def _is_partitive_whole(self, segment: Segment, number: NumberMention, numbers: list[NumberMention]) -> bool:
        """ "N … из M": M is the whole the part N is taken from."""
        doc = segment.doc
        return (
            number.first > 0
            and doc[number.first - 1].lower_ in self._part_of_whole()
            and any(other.last < number.first - 1 for other in numbers)
        )

    def _label_start(self, index: int, segment: Segment, number: NumberMention) -> tuple[int, int] | None:
        """Where the label of "<label> – N" starts when the label leaves out the noun of a lead-in
        that counts programs: a list item under "Из общего количества опубликованных программ:"
        ("- разноуровневых – 47;"), or a pair after a colon of the same sentence ("Структура программ
        по направленностям: художественная – 68, техническая – 27"); with the end of a lead-in in the
        same sentence (0 for none). None otherwise."""
        doc = segment.doc
        if number.first == 0 or doc[number.first - 1].text not in {"–", "—", "-", ":"}:
            return None
        start = _label_begin(doc, number.first - 1)
        colon = next((i for i in range(start - 1, -1, -1) if doc[i].text == ":"), None)
        if colon is not None:
            lead_in: Doc | Span = doc[:colon]
        elif index == 0 and self.segment_before is not None and self.segment_before.text.rstrip().endswith(":"):
            lead_in = self.segment_before.doc
        else:
            return None
        lead_in_stop = colon or 0
        nouns = self.context.rules.program_types.dimension_nouns  # "По направленностям они распределяются так:"
        # "На экспертизу направлены: технической – 19 программ, …, туристской – 8": an earlier item names them
        siblings = doc[colon + 1 : start] if colon is not None else doc[0:0]
        if not any(
            is_program_noun(token, self.context) or token.lemma_ in nouns for token in (*lead_in, *siblings)
        ) and not (self._lead_in_breaks_down(index, segment, lead_in_stop) and self._last_total(index) is not None):
            return None  # "Из общего количества:" after a count of programs is a lead-in about programs too
        if _elliptic_label(doc, start, number):
            return start, lead_in_stop
        # "социально-гуманитарная – 46": adjectives only, naming a направленность or a form (a
        # participial clause in commas is no part of the head: "новых, впервые размещённых в 2025 году, — 23")
        inner_comma = next((t.i for t in doc[start : number.first - 1] if t.text == ","), number.first - 1)
        words = [token for token in doc[start:inner_comma] if not token.is_punct]
        if not words or any(_may_head_label(doc, token) for token in words):
            return None  # "адаптированные для детей с ОВЗ – 11" leans on the lead-in's noun; "семинары – 4" not
        if not any(p.tag.POS in {"ADJF", "PRTF"} for token in words for p in parses(token.text)[:1]):
            return None
        cues = dimension_cues(doc, start, number.first - 1, self.context)
        stage = cues.get("status", (_PUBLISHED, 0))[0] != _PUBLISHED  # "в реестре социально значимых – 61"
        return (start, lead_in_stop) if "focus" in cues or "form" in cues or stage else None

    def _opens_item_of_lead_in(self, index: int, segment: Segment, number: NumberMention) -> _LeadIn | None:
        """A list item that opens with its figure and leaves out the noun of a lead-in about programs
        ("Из 347 программ:" / "– 14 сетевых;", "– 9 реализуются дистанционно;", "– 61 разноуровневая;"):
        the lead-in, with the whole it names ("из 347 программ") or the total it breaks down."""
        before = self._list_lead_in(index)
        if before is None:
            return None
        doc = segment.doc
        if any(not token.is_punct for token in doc[: number.first]) or number.last + 1 >= len(doc):
            return None
        following = doc[number.last + 1]
        if not any(p.tag.POS in {"ADJF", "PRTF", "VERB"} for p in parses(following.lower_)[:1]):
            return None
        breaks_down = self._lead_in_breaks_down(index, segment, 0) and self._last_total(index) is not None
        if not breaks_down and not any(is_program_noun(token, self.context) for token in before.doc):
            return None  # "В том числе:" / "– 12 краткосрочных" after a count of programs speaks of them too
        whole = self._lead_in_whole(index)
        if whole is not None:
            return _LeadIn(whole)
        return _LeadIn(self._last_total(index) if self._lead_in_breaks_down(index, segment, 0) else None)

    def _list_lead_in(self, index: int) -> Segment | None:
        """The sentence ending with a colon that the first sentence of a list item follows."""
        before = self.segment_before
        if index or before is None or not before.text.rstrip().endswith(":"):
            return None
        return before

    def _lead_in_whole(self, index: int) -> _Found | None:
        """The whole a list's lead-in names ("Из 347 программ:"), for the first sentence of an item."""
        if self._list_lead_in(index) is None:
            return None
        wholes = [found for found in self.carried if found.whole]
        return wholes[-1] if wholes else None

    def breaks_down_before(self) -> bool:
        """The block is a bare breakdown lead-in ("В том числе:", "Из них:") of the counts said before it."""
        text = self.segments[-1].text.lower().strip().lstrip("-–—•* ").rstrip(":").strip()
        return len(self.segments) == 1 and any(text == phrase.rstrip(":") for phrase in self._breakdown_words())

    def _lead_in_breaks_down(self, index: int, segment: Segment, lead_in_stop: int) -> bool:
        """The lead-in of a label list breaks down the total said just before it: it opens with
        "Из них", "В том числе" …"""
        if lead_in_stop:
            lead_in = segment.doc[:lead_in_stop]
        elif index == 0 and self.segment_before is not None:
            lead_in = self.segment_before.doc[:]
        else:
            return False
        text = lead_in.text.lower().lstrip("-–—•* ")
        # only an explicit breakdown points at the count just said: "По направленностям программы,
        # направленные на НОК, распределились так:" names its own whole, which may be another one
        return any(text.startswith(phrase) for phrase in self._breakdown_words())

    def _last_total(self, index: int, status: str | None = None) -> _Found | None:
        """The last count of a sentence before this one (in the block, else the block before) that is
        not itself a part; with a ``status`` the lead-in names, the last one of that status if any."""
        before = [
            found
            for found in self.found
            if found.segment_index < index and found.count.part_of is None and not found.whole
        ]
        carried = [found for found in self.carried if found.count.part_of is None and not found.whole]
        candidates = before or carried
        of_status = _last_of_status(candidates, status)
        return of_status or (candidates[-1] if candidates else None)

    def _breakdowns(self, segment: Segment) -> list[tuple[int, int]]:
        inserted = {start for start, _ in _inserted_breakdowns(segment, self.context)}
        cues = [
            (start, stop) for start, stop in cue_tokens(segment, self.context, "breakdown") if start not in inserted
        ]
        group = self._group_opening(segment)  # "Из опубликованных программ сертифицированных – 64"
        opening = [(0, group)] if group is not None else []
        return sorted([*cues, *_colon_breakdowns(segment), *self._distributions(segment), *opening])

    def _distributions(self, segment: Segment) -> list[tuple[int, int]]:
        """Words that spread a count said before them over its parts ("72 программы распределены по
        направленностям так: …"; "По направленностям они распределены так: …" after the sentence
        that gave the 72; "По направленностям программы распределяются так: …": all programs): the
        breakdown opens after them, or after the colon that follows them."""
        return [(start, stop) for start, stop, _ in self._distribution_openings(segment)]

    def _distribution_openings(self, segment: Segment) -> list[tuple[int, int, bool]]:
        """(start, end, names all programs) of each distribution word that opens a breakdown (kept in
        the segment's cache: every number of the sentence asks)."""
        cached: list[tuple[int, int, bool]] | None = segment.cache.get("distribution_openings")
        if cached is None:
            cached = segment.cache["distribution_openings"] = self._find_distribution_openings(segment)
        return cached

    def _find_distribution_openings(self, segment: Segment) -> list[tuple[int, int, bool]]:
        doc = segment.doc
        _, lowers = token_lists(doc)
        found = []
        for start, stop in cue_tokens(segment, self.context, "distribution"):
            counted_before = any(token.like_num and not YEAR.fullmatch(token.text) for token in doc[:start])
            # "По направленностям программы распределяются так: …": the programs, named plainly again
            # ("Сетевые программы распределены …" names other programs: no breakdown of a count before)
            named_again = (
                not counted_before
                and any(is_program_noun(token, self.context) for token in doc[:start])
                and not dimension_cues(doc, 0, start, self.context, assessment=self.assessment)
            )
            if not counted_before and not named_again and not points_to_sentence_before(segment, start, self.context):
                continue
            colon = next((i for i in range(stop, min(len(doc), stop + 8)) if lowers[i] == ":"), None)
            found.append((start, colon + 1 if colon is not None else stop, named_again))
        return found

    def _qualifier_head(self, segment: Segment, head: int | None) -> bool:
        """The counted noun is a dimension's own noun (``направленности``, ``форме``): the part of a
        breakdown of programs is still programs."""
        if head is None:
            return False
        token = segment.doc[head]
        nouns = self.context.rules.program_types.dimension_nouns
        if bool(dimension_cues(segment.doc, head, head + 1, self.context)) or token.lemma_ in nouns:
            return True
        # "44 программы, из них положительное заключение – 37": a noun of an outcome, with its stage
        if token.lemma_ in self.context.rules.counted_units:
            return False
        start = max(0, head - 2)
        stage = dimension_cues(segment.doc, start, head + 1, self.context, assessment=True).get("status")
        return stage is not None and stage[0] in self.context.rules.program_types.assessment_stages

    def _other_whole_before(self, segment: Segment, number: NumberMention) -> bool:
        """The sentence counts something other than programs before the number: "из них" after the
        number points at that, not at the programs of the sentence before."""
        for meaning in analyse(segment, self.context):
            if meaning.number.last >= number.first:
                break
            what = counted(segment, meaning.number, self.context)
            if what is not None and what.unit is not None and not what.is_program and not meaning.percent:
                return True
        return False

    def _after_share_clause(self, segment: Segment, number: NumberMention) -> int:
        """Where the clause after the last share said before the count begins (0 for none): "прошедшие
        НОК — 27,5 %, а сетевых программ — 27" — the share's words are not the count's."""
        doc = segment.doc
        shares = [m.number.last for m in analyse(segment, self.context) if m.percent and m.number.last < number.first]
        if not shares:
            return 0
        comma = next((token.i for token in doc[shares[-1] + 1 : number.first] if token.text in {",", ";"}), None)
        return comma + 1 if comma is not None else 0

    def _clauses(
        self, segment: Segment, numbers: list[NumberMention], markers: list[int]
    ) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
        """Per count, tokens [start, stop) whose cues belong to it — from where the previous count's clause
        ended (its comma) to the next count, a comma after its own noun when more counts follow, or a
        breakdown marker after it — and, per count, a hole of tokens inside that belong to another one.
        A partitive "из 13 программ, не прошедших экспертизу," is its own clause: in "9 из 13 программ …
        получили положительное заключение" the rest of the sentence is said of 9, and in "из 8 программ,
        не прошедших экспертизу, шесть доработаны" the words after it are said of 6."""
        doc = segment.doc
        clauses: list[tuple[int, int]] = []
        items_before: dict[int, tuple[int, int]] = {}
        for position, number in enumerate(numbers):
            stop = _clause_stop(segment, number, numbers[position + 1 :], markers, self.context)
            # the first count's cues start after the last ";" before it: the items of a list
            # written in one sentence ("– доля детей … по сертификатам …; – количество программ – 260")
            start = 0
            if position == 0:
                start = next((i + 1 for i in range(number.first - 1, 0, -1) if _opens_inline_item(doc, i)), 0)
                start = max(start, self._after_share_clause(segment, number))
            else:
                start = numbers[position - 1].last + 1
                previous_stop = clauses[-1][1]
                if previous_stop < number.first and doc[previous_stop].lower_ in {",", ";", "и"}:
                    start = previous_stop + 1
                # the words of an item of a list written in one sentence are its own: "142 программы ещё
                # не прошли НОК; доля педагогов, прошедших курсы, ниже …; в детских садах … 25 программ"
                semicolon = next((i for i in range(number.first - 1, start - 1, -1) if doc[i].text == ";"), None)
                if semicolon is not None:
                    items_before[position] = (start, semicolon + 1)
                if _plan_pair(doc, numbers[position - 1], number, self.context) or _in_aside_before(
                    doc, numbers[position - 1], number
                ):
                    # "Сетевых программ при плане 12 реализовано 14", "14 при плане 12",
                    # "Краткосрочных программ (до 36 часов) реализовано 23"
                    start = clauses[-1][0]
            clauses.append((start, stop))
        holes: dict[int, tuple[int, int]] = {}
        for position, (start, stop) in items_before.items():
            if clauses[position][0] == start:  # not when the count shares the clause before it
                holes[position] = (start, stop)
        # "краткосрочных программ, в том числе летних, – 26": what the count includes, set off by commas
        # with no number of its own, does not type it
        for hole in _inserted_breakdowns(segment, self.context):
            for position, (start, stop) in enumerate(clauses):
                if start <= hole[0] and hole[1] <= stop:
                    holes.setdefault(position, hole)
        for position, number in enumerate(numbers):
            if number.first == 0 or doc[number.first - 1].lower_ not in self._part_of_whole():
                continue
            end = self._partitive_end(segment, number)
            if end is None:
                continue
            start, stop = clauses[position]
            clauses[position] = (number.first, end)
            if position > 0 and not any(token.is_punct for token in doc[numbers[position - 1].last + 1 : number.first]):
                before_start, _ = clauses[position - 1]
                clauses[position - 1] = (before_start, max(stop, end))  # "9 из 13 программ … получили"
                holes[position - 1] = (number.first - 1, end)
            elif position + 1 < len(numbers):
                following_start, following_stop = clauses[position + 1]
                clauses[position + 1] = (max(following_start, end), following_stop)
        return clauses, holes

    def _partitive_end(self, segment: Segment, number: NumberMention) -> int | None:
        """Where "из N <noun>" ends, with a participle clause set off by commas after the noun."""
        what = counted(segment, number, self.context)
        doc = segment.doc
        if what is None or what.head is None or what.head < number.first:
            # "две программы из пяти возвращены": a bare whole after the part's noun, with the
            # participles that say which ("из 31 представленной", "из 38 (тридцати восьми) представленных")
            before = doc[number.first - 2] if number.first >= 2 else None
            if before is None or not (before.like_num or is_noun(before)):
                return None
            end = skip_bracket(doc, number.last + 1)
            while end < len(doc) and any(p.tag.POS in {"ADJF", "PRTF"} for p in parses(doc[end].text)[:1]):
                end += 1
        else:
            end = _genitive_tail(doc, what.head + 1)  # "из 40 программ художественной направленности"
        if end < len(doc) and doc[end].text == "," and _opens_attribute(doc, end):
            closing = next((t.i for t in doc[end + 1 :] if t.text in {",", ";", ".", ":"}), len(doc))
            end = closing + 1 if closing < len(doc) and doc[closing].text == "," else closing
        return end

    def _part_of_whole(self) -> set[str]:
        return {word.lower() for word in self.context.rules.numbers.part_of_whole}

    def _dimensions(
        self,
        index: int,
        segment: Segment,
        number: NumberMention,
        clause_start: int,
        clause_stop: int,
        parent: _Found | None,
        others: list[tuple[int, int]],
        hole: tuple[int, int] | None = None,
        exact: bool = False,
    ) -> Dimensions:
        """Each dimension from the nearest place that names it: the count's clause (0.9), the total it
        breaks down (0.9), the rest of its sentence outside the other counts' clauses (0.85), its
        table row or the previous sentence (0.7). ``exact``: the clause alone names them."""
        doc = segment.doc
        result = Dimensions(confidence=0.7)
        own = dimension_cues(
            doc, clause_start, clause_stop, self.context, near=number.first, assessment=self.assessment, hole=hole
        )
        label = _adjective_label_span(doc, number, self.context)
        if label is not None and clause_start <= label[0]:
            # "социально-гуманитарные — 37 и физкультурно-спортивные — 29": the label before the dash is
            # the number's own, whatever stands as near after it
            own.update(dimension_cues(doc, label[0], label[1], self.context, near=number.first))
        previous_segment = self.segments[index - 1] if index > 0 else self.segment_before
        if previous_segment is not None:
            # "Всего в этом реестре сейчас 61 программа" after "… включены в реестр сертифицированных":
            # the registry named before, with the words that made it one
            own.update(_pointed_back(doc, clause_start, clause_stop, previous_segment.doc, self.context))
        sources: list[tuple[dict[str, tuple[str, int]], float]] = [(own, 0.9)]
        if parent is not None:
            # a part of all programs typed by its направленность or form has no stage of its own ("Из них по
            # направленностям: художественная – 84": the whole's "published" says all programs, no stage);
            # a part with nothing of its own ("платных – 17") is of the whole's stage
            typed = {"focus", "form"} & set(own)
            inherited_values = {
                name: (value, 0)
                for name, value in parent.dimensions.values.items()
                if not (typed and name == "status" and value == _PUBLISHED)
            }
            sources.append((inherited_values, 0.9))
        scope_stop = min(
            _before_breakdown(segment, self.context, after=number.stop),
            _relative_about_another(doc, number, len(doc), self.context),
        )
        outside = _cues_outside(doc, self.context, others, scope_stop, self.assessment, _clause_region(doc, number))
        if not sources[0][0] and not exact:  # words elsewhere type a count only when its clause names nothing
            sources.append((outside, 0.85))
            if self._points_back(segment, number) and clause_start > 0:
                # "краткосрочные программы … дали прирост …, рекомендовала включить не менее пяти таких
                # программ": "таких" takes the programs named before in the sentence
                sources.append((dimension_cues(doc, 0, clause_start, self.context, near=clause_start), 0.8))
        nearer = {name for cues, _ in sources for name in cues}
        context_cues, lead_in = self._context_dimensions(index, segment)
        # The row, or the previous sentence when the count names nothing itself, may give a stage or a
        # form (never a направленность); a lead-in ("Реализованы:") gives its stage to typed items too.
        # A sentence that opens with its verb ("Было разработано 6 программ …") goes on with the topic of
        # the one before; one that opens with a subject of its own ("Педагоги ЦВР реализуют …") does not.
        # ... and only when the sentence before counted programs ("Повышение квалификации прошли 29
        # педагогов, из них 9 – по программам для детей с ОВЗ. Разработано 14 новых программ": not adapted)
        # (a topic sentence without figures goes on too: "Продолжилась работа … для детей из сельской местности.")
        previous = self.segments[index - 1] if index > 0 else self.segment_before
        counted_before = bool(self._of_segment.get(index - 1, []) if index else self.carried) or (
            previous is not None and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", previous.text))
        )
        goes_on = not ({"form", "focus"} & nearer) and _opens_with_verb(doc) and counted_before
        if (lead_in or not nearer or goes_on) and not exact:
            weak = self.context.rules.weak_values
            allowed = {
                name: value
                for name, value in context_cues.items()
                if name != "focus" and name not in nearer and (value[0] not in weak or lead_in)
            }
            sources.append((allowed, 0.7))
        stages = {value.id for value in self.context.rules.program_types.status}
        result.also = stages & all_dimension_values(
            doc, clause_start, clause_stop, self.context, self.assessment, hole, near=number.first
        )
        best_confidence = 0.0
        for cues, confidence in sources:
            for name, (value, _) in cues.items():
                if name not in result.values:
                    result.values[name] = value
                    best_confidence = max(best_confidence, confidence)
        inherited = parent.dimensions.values.get("status") if parent is not None else None
        assessed = self.context.rules.program_types.assessment_stages
        own_stage = sources[0][0].get("status", ("", 0))[0]
        if parent is not None and inherited == own_stage and assessed and own_stage == _passed_stage(assessed):
            _move_to_entry_stage(
                parent, self.context, self.found
            )  # "прошла 31 программа, из них 28 получили положительное …"
        elif (
            parent is not None
            and inherited is None
            and own_stage in assessed[1:]
            and not self._registry_sibling(parent, assessed)
        ):
            _move_to_entry_stage(
                parent, self.context, self.found
            )  # "Из 40 программ … не прошли оценку 7": 40 were assessed
        if inherited is not None and result.values.get("status") not in {None, inherited}:
            # "экспертизу 143 программ, в том числе 58 новых": a part keeps the whole's stage when that
            # stage comes first in the order of program types (an assessment stage before "new")
            # ("из 27 отклонённых 19 повторно направлены на экспертизу" moves between stages: its own)
            order = self.context.rules.type_order
            own_status = result.values["status"]
            if (
                inherited in assessed
                and own_status not in assessed
                and own_status not in self.context.rules.program_types.after_assessment
                and own_status in order
                and order[inherited] < order[own_status]
            ):
                result.values["status"] = inherited
        if parent is not None and result.values.get("status") == _PUBLISHED:
            own = dimension_cues(doc, clause_start, clause_stop, self.context, assessment=self.assessment)
            result.part = own.get("status", ("", 0))[0] != _PUBLISHED  # a part of all programs is not "all" itself
        result.confidence = best_confidence or 0.7
        return result

    def _parent(
        self,
        segment: Segment,
        number: NumberMention,
        markers: list[int],
        here: list[_Found],
        previous_segment: list[_Found],
        sentence_before: Segment | None = None,
    ) -> _Found | None:
        before = [marker for marker in markers if marker <= number.start]
        if not before or _whole_follows(segment.doc, number, self.context):
            return None  # "…; две программы из шести возвращены": a part of its own whole, said next
        marker = before[-1]
        candidates = [found for found in here if found.position < marker]
        # "14 программ (план – 13), в том числе 5 …": the parts break down the count, not its aside
        candidates = [found for found in candidates if found.count.rule != "program_counts.restated"] or candidates
        # "Семнадцать из 29 – новые, в том числе 4 сетевые": a breakdown marker after a part breaks the
        # part down, not its whole ("из 36 программ 31 …, 5 …": parts right after a whole are its own)
        candidates = [found for found in candidates if not found.whole or found.stop == marker] or candidates
        if candidates:
            latest = candidates[-1]
            between = segment.text[latest.stop : marker]
            if between.strip().lower() in self._breakdown_words() and between.strip().lower().startswith("из"):
                return latest.parent  # "пять из них ..., четыре – ...": a part, not the total
            parts = [found for found in here if found.position > marker]
            if any(found.parent is not latest for found in parts):
                return None  # the breakdown ended at an item of the outer list said since
            if (
                parts
                and _dash_item(segment, latest.position)
                and _dash_item(segment, number.start)
                and not _dash_item(segment, parts[0].position)
            ):
                # "краткосрочных – 15, в том числе 8 летних, дистанционных – 4": an item written as the
                # items before the breakdown, unlike its parts, is the next item of the outer list
                return latest.parent
            return latest
        if not self._opens_with_breakdown(segment):
            return None
        if any(plainly for _, stop, plainly in self._distribution_openings(segment) if stop <= number.first):
            # "По направленностям программы распределяются так: …": all programs, the last total of them
            return _last_of_all([*self.history, *self.found])
        top_level = [found for found in previous_segment if found.count.part_of is None]
        status = self._lead_in_status(segment, number)
        # "Из общего числа программ: сетевые – 9": all programs, not the stage said last
        of_status = _last_of_status([*self.history, *self.found], status)
        if of_status is not None:
            return of_status
        if top_level or previous_segment:
            return top_level[-1] if top_level else previous_segment[-1]
        if (
            sentence_before is not None
            and not self._other_whole_before(segment, number)  # "Из них 18 человек …, 29 – на …"
            and any(is_program_noun(token, self.context) for token in sentence_before.doc)
        ):
            # "Все программы размещены в навигаторе. Из них 239 …": the programs the text counted last
            return _last_of_status([*self.history, *self.found], _PUBLISHED)
        return None

    def _kind(self, meaning: NumberMeaning, parent: _Found | None) -> Kind:
        """Planned or achieved: in a plan, where a count said with no word of either is a target, a
        part of an achieved whole is achieved too ("… реализуются 286 программ. Из них по
        направленностям: художественная – 84, …")."""
        if self.context.is_plan and parent is not None and parent.count.kind == "actual":
            return "actual"
        return meaning.kind

    def _points_back(self, segment: Segment, number: NumberMention) -> bool:
        """The count's noun has a pointing word before it ("пяти таких программ", "этих программ")."""
        what = counted(segment, number, self.context)
        if what is None or what.head is None:
            return False
        anaphora = lemmas_of_list(self.context, "anaphora")
        return any(token.lemma_ in anaphora for token in segment.doc[number.last + 1 : what.head])

    def _stages_and_registries(self) -> set[str]:
        """The statuses a lead-in passes on to its items: assessment stages and registries."""
        types = self.context.rules.program_types
        return {*types.assessment_stages, *types.after_assessment}

    def _lead_in_status(self, segment: Segment, number: NumberMention) -> str | None:
        """The status a lead-in ending with a colon before the number gives its whole ("Из общего
        числа программ:" → all programs)."""
        doc = segment.doc
        _, lowers = token_lists(doc)
        colon = next((index for index in range(number.first) if lowers[index] == ":"), None)
        if colon is None:
            colon = self._group_opening(segment)  # "Из опубликованных программ сертифицированных – 64"
            if colon is None:
                # "Из общего числа программ 8 являются сетевыми, 7 – адаптированными": the group the
                # numbers are members of
                colon = self._group_opening(segment, members=True)
            if colon is None or colon > number.first:
                return None
        status = dimension_cues(doc, 0, colon, self.context, assessment=self.assessment).get("status")
        return status[0] if status else None

    def _group_opening(self, segment: Segment, *, members: bool = False) -> int | None:
        """Where a sentence's opening ends that names a group of programs said before, with no number
        ("Из опубликованных программ сертифицированных – 64, значимых – 58", "Среди поданных программ
        …"): the token after the program noun; None for another opening (kept in the segment's cache).
        With ``members``, an opening right before the number of a member is one too ("Из общего числа
        программ 8 являются сетевыми")."""
        key = "member_opening" if members else "group_opening"
        if key not in segment.cache:
            segment.cache[key] = self._find_group_opening(segment, members)
        found: int | None = segment.cache[key]
        return found

    def _find_group_opening(self, segment: Segment, members: bool = False) -> int | None:
        doc = segment.doc
        first = next((token.i for token in doc if not token.is_punct), None)
        among = {word.lower() for word in self.context.rules.numbers.among}
        if first is None or doc[first].lower_ not in among:
            return None
        for index in range(first + 1, min(len(doc), first + 5)):
            if doc[index].like_num or doc[index].is_punct:
                return None
            if is_program_noun(doc[index], self.context):
                # "Из поданных программ 12 доработаны": a number right after the group is its member
                # (numbers.yaml ``among``), no breakdown of a count said before
                # ("Среди поданных программ: сетевых – 7, …": a lead-in with a colon is read as one)
                following = doc[index + 1] if index + 1 < len(doc) else None
                if following is not None and following.like_num and members:
                    return index + 1
                return None if following is None or following.like_num or following.text == ":" else index + 1
        return None

    def _bracket_head(self, segment: Segment, number: NumberMention, head: _Found) -> _Found | None:
        """A count in a bracket right after another count that names a stage of its own is a part of
        it: "технической – 17 программ (прошли 15)", "12 (из них не прошли 2)"."""
        doc = segment.doc
        _, lowers = token_lists(doc)
        opening = next((i for i in range(number.first - 1, -1, -1) if lowers[i] in {"(", ")"}), None)
        if opening is None or lowers[opening] != "(" or number.first - opening > 4:
            return None
        closing = next((i for i in range(number.last + 1, len(lowers)) if lowers[i] == ")"), None)
        if closing is None or head.stop > doc[opening].idx:
            return None
        between = segment.text[head.stop : doc[opening].idx]
        if re.search(r"[\d,;:()]", between) or len(between.split()) > 2:
            return None
        inside = dimension_cues(doc, opening + 1, closing, self.context, assessment=self.assessment)
        status = inside.get("status", (None, 0))[0]
        if status is None or status == head.dimensions.values.get("status") or status == _PUBLISHED:
            return None
        return head

    def _opens_with_breakdown(self, segment: Segment) -> bool:
        """The sentence starts with "Из них …", "В том числе …" (after list punctuation), with a group of
        programs said before ("Из опубликованных программ …"), or spreads the programs said before over
        parts before its first number ("По направленностям они распределены так: …")."""
        first_word = next((token.i for token in segment.doc if not token.is_punct), None)
        if any(start == first_word for start, _ in cue_tokens(segment, self.context, "breakdown")):
            return True
        if self._group_opening(segment) is not None or self._group_opening(segment, members=True) is not None:
            return True  # "Из опубликованных программ сертифицированных – 64, …", "Из числа поданных программ 7 …"
        # "По направленностям они распределены так: …": a pronoun for the count before, spread over parts
        first_number = next((token.i for token in segment.doc if token.like_num), len(segment.doc))
        return any(stop <= first_number for _, stop in self._distributions(segment))

    def _part_word_after(self, segment: Segment, number: NumberMention) -> bool:
        """ "пять из них …": a breakdown phrase right after the number makes it a part."""
        return any(
            start == number.last + 1 and segment.doc[start].lower_ in self._part_of_whole()
            for start, _ in cue_tokens(segment, self.context, "breakdown")
        )

    def _breakdown_words(self) -> set[str]:
        return {word.lower() for word in self.context.rules.numbers.breakdown}

    def _context_dimensions(self, index: int, segment: Segment) -> tuple[dict[str, tuple[str, int]], bool]:
        """Dimensions named in the count's table row, or in the sentence before it; and whether that
        sentence leads in to the count (it ends with a colon)."""
        if segment.cell is not None and segment.row_index is not None and segment.block.table is not None:
            for other in self.segments:
                if other.row_index == segment.row_index and other is not segment:
                    found = dimension_cues(other.doc, 0, len(other.doc), self.context, assessment=self.assessment)
                    if found:
                        return found, True
            return {}, False
        previous = self.segments[index - 1] if index > 0 else self.segment_before
        if previous is None:
            return {}, False
        lead_in = previous.text.rstrip().endswith(":")
        return dimension_cues(previous.doc, 0, len(previous.doc), self.context, assessment=self.assessment), lead_in


def _share_region(segment: Segment, number: NumberMention, context: ExtractionContext) -> tuple[int, int]:
    """Tokens naming what a number in "доля X в общем количестве Y составила 26 % (107 из 412)"
    counts: X for the part (107), Y for the whole after "из" (412)."""
    doc = segment.doc
    opening = next(i for i in range(number.first - 1, -1, -1) if doc[i].text == "(")
    shares = lemmas_of_list(context, "share_nouns") | lemmas_of_list(context, "measure_nouns")
    share = next((i for i in range(opening - 1, -1, -1) if doc[i].lemma_ in shares), 0)
    base = next((start for start, _ in cue_tokens(segment, context, "share_base") if share < start < opening), None)
    part_of_whole = {word.lower() for word in context.rules.numbers.part_of_whole}
    if number.first > 0 and doc[number.first - 1].lower_ in part_of_whole:
        return (base, opening) if base is not None else (opening, opening)
    return share + 1, base if base is not None else opening


def _part_of_speech(token: Token) -> str | None:
    return part_of_speech(token.text) if token.is_alpha else None


def _elliptic_label(doc: Doc, clause_start: int, number: NumberMention) -> bool:
    """A label "адаптированных для детей с ОВЗ – 7" that starts with an adjective in the plural and
    leaves out the noun of the count before it."""
    for token in doc[clause_start : number.first]:
        if token.is_punct:
            continue
        return any(p.tag.POS in {"ADJF", "PRTF"} and p.tag.number == "plur" for p in parses(token.text)[:2])
    return False


def _dimension_adjective_label(doc: Doc, number: NumberMention, context: ExtractionContext) -> bool:
    """Right before the number (or a dash or a bracket between) stands an adjective in the plural that
    names a направленность or a form, with no noun: "художественных – 78", "социально-гуманитарные (57)",
    "сетевых 9"."""
    return _adjective_label_span(doc, number, context) is not None


def _dimensions_of(count: ProgramCount) -> Dimensions:
    """The dimensions a count was typed with, for the parts that break it down."""
    values = {name: value for name in DIMENSIONS if (value := getattr(count, name)) is not None}
    return Dimensions(values, confidence=count.confidence)


def _pointed_back(
    doc: Doc, start: int, stop: int, previous: Doc, context: ExtractionContext
) -> dict[str, tuple[str, int]]:
    """Dimensions of a phrase of the sentence before that a demonstrative in tokens [start, stop)
    points back at with its noun ("в этом реестре" → "в реестр сертифицированных": certified)."""
    positions: list[int] | None = doc.user_data.get("demonstratives")
    if positions is None:  # found once per sentence: a long one is asked about each of its numbers
        pointers = lemmas_of_list(context, "pointing_words")
        lemmas, lowers = token_lists(doc)
        positions = doc.user_data["demonstratives"] = [
            index
            for index, word in enumerate(lowers)
            if word.isalpha()  # "этом" may be read as "это": any of its readings
            and (lemmas[index] in pointers or any(p.normal_form in pointers for p in parses(word)))
        ]
    found: dict[str, tuple[str, int]] = {}
    for index in positions[
        bisect.bisect_left(positions, start) : bisect.bisect_left(positions, min(stop, len(doc)) - 1)
    ]:
        if not is_noun(doc[index + 1]):
            continue
        noun = doc[index + 1].lemma_
        for name in DIMENSIONS:
            for value, first, end, strength in labelled_matches(previous, 0, previous[:], name, context, False):
                if strength < 2 and any(token.lemma_ == noun for token in previous[max(0, first - 2) : end]):
                    found[name] = (value, 0)
    return found


def _adjective_label_span(doc: Doc, number: NumberMention, context: ExtractionContext) -> tuple[int, int] | None:
    """The tokens of the label :func:`_dimension_adjective_label` finds, or None ("художественные, их
    48": the pronoun points at the label); found once per number of a Doc."""
    spans: dict[tuple[int, int], tuple[int, int] | None] = doc.user_data.setdefault("adjective_labels", {})
    key = (number.first, number.last)
    if key not in spans:
        spans[key] = _find_adjective_label(doc, number, context)
    return spans[key]


def _find_adjective_label(doc: Doc, number: NumberMention, context: ExtractionContext) -> tuple[int, int] | None:
    end = qualifier_start(doc, number)  # "в том числе сетевых до 12 и адаптированных до 14": the label before "до"
    if end > 1 and doc[end - 1].lower_ == "их" and doc[end - 2].text == ",":
        end -= 2
    while end > 0 and doc[end - 1].text in {"–", "—", "-", ":", "("} and number.first - end < 2:
        end -= 1
    if end == 0:
        return None
    start = end
    singular = False  # "социально-гуманитарная – сорок одна": the направленность itself names the programs
    while start > 0 and end - start < 3:
        plural = _plural_adjective(doc[start - 1])
        if not plural and not _feminine_adjective(doc[start - 1]):
            break
        singular = singular or not plural
        start -= 1
        if (
            start > 1
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
        ):
            start -= 2  # "социально-гуманитарные": the tokenizer splits a compound at its hyphen
    if singular:
        if number.last + 1 < len(doc) and doc[number.last + 1].text == "/":
            return None  # "техническая — 7 / 6" under "(подано / прошли)": a pair the label alone does not type
        return (start, end) if start < end and "focus" in dimension_cues(doc, start, end, context) else None
    return (start, end) if start < end and _names_form_or_focus(doc, start, end, context) else None


def _after_predicate(doc: Doc, number: NumberMention, context: ExtractionContext) -> bool:
    """The number comes right after a predicate, a dash or a group pointer: "… стало 17", "… – 17",
    "Сертифицированных среди них 44"."""
    if number.first == 0:
        return False
    before = doc[number.first - 1]
    if number.first >= 2 and before.lower_ in exact_words(context, "pronouns"):
        return doc[number.first - 2].lower_ in {word.lower() for word in context.rules.numbers.among}
    return before.lemma_ in lemmas_of_list(context, "predicates") or before.text in {"–", "—"}


def _names_form_or_focus(doc: Doc, start: int, stop: int, context: ExtractionContext, status: bool = False) -> bool:
    """Tokens [start, stop) name a направленность or a form of programs (with ``status``, for a number
    with no noun of its own, also a status other than "published": "Сертифицированных среди них 44")."""
    found = dimension_cues(doc, start, stop, context)
    named = "focus" in found or "form" in found
    return named or (status and found.get("status", (_PUBLISHED, 0))[0] != _PUBLISHED)


def _feminine_adjective(token: Token) -> bool:
    """An adjective in the feminine singular nominative, agreeing with an unsaid "направленность"."""
    found = parses(token.text.lower())[:1]
    return bool(found) and found[0].tag.POS == "ADJF" and {"femn", "sing", "nomn"} <= set(found[0].tag.grammemes)


def _plural_adjective(token: Token) -> bool:
    found = parses(token.text.lower())[:2]
    return bool(found) and all(p.tag.POS in {"ADJF", "PRTF"} for p in found) and found[0].tag.number == "plur"


def _opens_with_verb(doc: Doc) -> bool:
    """The sentence's first word (after an adverb or a particle) is a verb or a short participle."""
    for token in doc[:3]:
        found = parses(token.text)
        if not found or token.is_punct:
            continue
        pos = found[0].tag.POS
        if pos in {"ADVB", "PRCL", "CONJ"}:
            continue
        return pos in {"VERB", "PRTS"}
    return False


def _phrase(segment: Segment, clause_start: int, clause_stop: int, number: NumberMention) -> tuple[int, int]:
    """The words the count was read from: its clause, as characters."""
    doc = segment.doc
    first = min(clause_start, number.first)
    last = max(clause_stop - 1, number.last)
    while first < last and doc[first].is_punct:
        first += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _label_dimensions(label: str, context: ExtractionContext) -> dict[str, tuple[str, int]]:
    doc = make_doc(label)
    return dimension_cues(doc, 0, len(doc), context)


def names_programs_plainly(text: str, context: ExtractionContext) -> bool:
    """The words name programs as what they are and nothing more ("Количество дополнительных
    общеразвивающих программ, ед.", "число программ"): every program, not some kind of them."""
    doc = make_doc(text)
    plain = context.rules.plain_program_lemmas
    counts = lemmas_of_list(context, "count_nouns")
    abbreviations = context.rules.units.abbreviations
    words = [token for token in doc if not token.is_punct and token.text not in abbreviations]
    programs = [token for token in words if is_program_noun(token, context)]
    rest = [token for token in words if token.lemma_ not in plain | counts and not is_program_noun(token, context)]
    return bool(programs) and not rest


def _table_count(segment: Segment, cell: TableCell, context: ExtractionContext) -> ProgramCount:
    """A count of programs read from a table cell: dimensions from its column header, its row label
    (a направленность, a form) and the table's caption, nearest first."""
    header = cell.column_header
    if cell.is_entity and cell.part_of is not None:
        # a row under a total ("Итого") is a part of it: "всего" in its column header is the row's own
        # total ("Количество программ / всего"), not a stage that makes it all programs
        totals = _total_words(context)
        header = " ".join(word for word in header.split() if word.lower().strip(",.:") not in totals)
    label = _before_inner_breakdown(cell.row_label, context)
    # a caption's breakdown ("… 147 программ, из них 19 новых. Среди них:") types a part, not the table
    dimension_text = [
        header
        if text == cell.column_header
        else label
        if text == cell.row_label
        else _before_inner_breakdown(text, context)
        for text in cell.dimension_text
    ]
    if _whole_beside_parts(segment, cell, context):
        # "Программ всего | в т.ч. по соц. сертификату" under "Исполнители услуг по сертификату": the
        # caption's stage is the part column's, the whole counts every program
        dimension_text = [
            text for text in dimension_text if text in {cell.column_header, header, cell.row_label, label}
        ]
    docs = [make_doc(text) for text in dimension_text]
    assessment = document_about_assessment(context) or any(speaks_of_assessment(doc, context) for doc in docs)
    values: dict[str, str] = {}
    own_status = False
    own_texts = {cell.row_label, header}
    for text, doc in zip(dimension_text, docs, strict=True):
        for name, (value, _) in dimension_cues(doc, 0, len(doc), context, assessment=assessment).items():
            if name not in values:
                values[name] = value
                own_status = own_status or (name == "status" and text in own_texts)
    # a row of "Распределение программ, размещённых в Навигаторе" is published, but a part, not "all";
    # a cell under "Количество программ в Навигаторе" is all of that row's programs
    # and so is a sub-row ("в том числе технической и естественнонаучной направленностей")
    if cell.is_total and not values and cell.part_of is None and not cell.category_column:
        values["status"] = _PUBLISHED  # "ИТОГО" under "Количество программ": every program the table counts
    elif not values and not cell.is_entity and cell.part_of is None and names_programs_plainly(label, context):
        values["status"] = _PUBLISHED  # "Количество дополнительных общеразвивающих программ, ед."
    part = (cell.is_entity or cell.part_of is not None) and not own_status
    dimensions = Dimensions(values, confidence=0.85, part=part)
    kind = cell.kind or ("target" if context.is_plan else "actual")
    return ProgramCount(
        value=int(cell.value),
        program_type=dimensions.program_type(context.rules.type_order),
        focus=values.get("focus"),
        form=values.get("form"),
        status=values.get("status"),
        kind=kind,
        year=cell.year,
        previous=cell.previous,
        part_of=int(cell.part_of) if cell.part_of is not None else None,
        evidence=segment.evidence(span=cell.figure_span or (0, len(segment.text))),
        rule="program_counts.table",
        qualifier=cell.qualifier,
        confidence=0.85,
    )


def _before_inner_breakdown(label: str, context: ExtractionContext) -> str:
    """A row name up to a breakdown said inside it: "Краткосрочные программы, в т.ч. летние" counts the
    short programs, the summer ones are only a part of them."""
    lowered = label.lower()
    for phrase in context.rules.numbers.breakdown:
        found = re.search(rf"(?<=[\s,(]){re.escape(phrase.lower())}(?!\w)", lowered)
        if found is not None and found.start() > 0 and lowered[: found.start()].strip(" ,(-–"):
            label = label[: found.start()].rstrip(" ,(-–")
            lowered = label.lower()
    return label


def _total_words(context: ExtractionContext) -> set[str]:
    """The one-word names of a total ("всего", "итого") from rules/tables.yaml."""
    return {word.lower() for word in context.rules.tables.total_rows if " " not in word}


def _whole_beside_parts(segment: Segment, cell: TableCell, context: ExtractionContext) -> bool:
    """The cell's column is a total ("всего") and another column breaks it down ("в т.ч. …")."""
    table = segment.block.table
    totals = _total_words(context)
    if table is None or not any(word.strip(",.:").lower() in totals for word in cell.column_header.split()):
        return False
    breakdown = tuple(word.lower() for word in context.rules.numbers.breakdown)
    # the words of a merged title over the total and its parts ("Число программ" over "всего |
    # сертифицированных | значимых"): a part under the same title that names a kind of its own
    header_words = cell.column_header.split()
    total_at = next(i for i, word in enumerate(header_words) if word.strip(",.:").lower() in totals)
    title = " ".join(header_words[:total_at]).lower()
    for other in column_headers(table):
        if other == cell.column_header:
            continue
        lowered = other.lower()
        if lowered.lstrip().startswith(breakdown) or any(f" {word}" in f" {lowered}" for word in breakdown):
            return True
        if title and lowered.startswith(title + " "):
            rest = make_doc(other[len(title) + 1 :])
            if dimension_cues(rest, 0, len(rest), context):
                return True
    return False


def _clause_stop(
    segment: Segment, number: NumberMention, later: list[NumberMention], markers: list[int], context: ExtractionContext
) -> int:
    """Where a count's clause ends: the next number, a breakdown marker after it, or — when more
    numbers follow — the first comma after its noun phrase."""
    doc = segment.doc
    stop = later[0].first if later else len(doc)
    # "естественнонаучной – 12 (прошли 11)": a bracket holding the next number is an aside about it
    # (not "198 из них (88 %) получили …", where the clause goes on after the bracket)
    opening = next((token.i for token in doc[number.last + 1 : stop] if token.text == "("), None)
    closing = next((token.i for token in doc[stop:] if token.text == ")"), None) if opening is not None else None
    if later and opening is not None and closing is not None and (closing + 1 == len(doc) or doc[closing + 1].is_punct):
        stop = opening
    stop = min(stop, _relative_about_another(doc, number, stop, context))
    for marker in markers:
        if marker <= number.stop:
            continue
        marker_token = segment.token_at(marker - 1)
        if marker_token is None:
            break
        marker_start = next(
            (start for start, end in cue_tokens(segment, context, "breakdown") if end - 1 == marker_token.i),
            marker_token.i,
        )
        if marker_start <= number.last + 1:
            continue  # "198 из них (88 %) получили …": the count is itself a part
        stop = min(stop, marker_start)
        break
    shares = lemmas_of_list(context, "share_nouns")
    for token in doc[number.last + 1 : stop]:
        if token.text == ";" or (token.text == "," and not _opens_attribute(doc, token.i)):
            return token.i
        if token.lemma_ in shares and token.i > number.last + 1:
            # "не менее 110 программ с долей положительных заключений не ниже 90 %": the share's words
            return token.i - 1 if after_preposition(doc, token.i) else token.i
        if token.lower_ == "и" and token.i + 1 < len(doc) and _part_of_speech(doc[token.i + 1]) == "INFN":
            return token.i  # "Организовать экспертизу 60 программ и обеспечить долю прошедших …": a new task
        if (
            token.lower_ == "и"
            and later
            and token.i > number.last + 1
            and _only_particles(doc, token.i + 1, later[0].first)
        ):
            return token.i  # "8 адаптированных и лишь 3 сетевые": the next count's own words start after "и"
    return stop


def _only_particles(doc: Doc, start: int, stop: int) -> bool:
    """Tokens [start, stop) are at most two particles or adverbs ("лишь", "ещё", "только")."""
    return stop - start <= 2 and all(_part_of_speech(token) in {"PRCL", "ADVB"} for token in doc[start:stop])


def _relative_about_another(doc: Doc, number: NumberMention, stop: int, context: ExtractionContext) -> int:
    """Where a relative clause about another noun begins: in "вошли 97 программ пяти исполнителей,
    среди которых впервые — НКО" the words after the comma speak of the executors, not of the
    programs; a relative clause right after the program noun ("программ, которые …") goes on."""
    lemmas, lowers = token_lists(doc)
    for comma in range(number.last + 1, stop):
        if lowers[comma] != ",":
            continue
        following = comma + 1
        while following < stop and _part_of_speech(doc[following]) == "PREP":
            following += 1
        if following >= stop or lemmas[following] != "который":
            continue
        before = doc[comma - 1] if comma > 0 else None
        if before is not None and _part_of_speech(before) == "NOUN" and not is_program_noun(before, context):
            return comma
    return stop


def _opens_attribute(doc: Doc, comma: int) -> bool:
    """A participle or relative clause after ``comma`` that describes the count (", адаптированных
    для детей с ОВЗ", ", не прошедших экспертизу")."""
    following = comma + 1
    if following >= len(doc) or not opens_attribute(doc, following):
        return False
    # "Сетевых программ девять, адаптированных для детей с ОВЗ – семь": a next item, not an attribute
    depth = 0
    for token in doc[following:]:
        depth += token.text.count("(") - token.text.count(")")
        if depth == 0 and token.text in {",", ";", "."}:
            break
        if depth == 0 and token.like_num:
            return False
    return True


def _colon_breakdowns(segment: Segment) -> list[tuple[int, int]]:
    """Tokens [colon, colon + 1) of a colon that ends a count's phrase and opens "label – number" items
    ("размещено 187 программ: сертифицированных – 64, платных – 14"): the items are its parts."""
    doc = segment.doc
    found = []
    for colon in (token.i for token in doc if token.text == ":"):
        before = next((token for token in reversed(doc[:colon]) if token.like_num or token.is_punct), None)
        if before is None or not before.like_num or colon - before.i > 4:
            continue  # no count right before the colon: "Программы по направленностям: …"
        after = next((token for token in doc[colon + 1 :] if token.like_num or token.text in DASHES), None)
        if after is not None and after.text in DASHES and after.i > colon + 1:
            found.append((colon, colon + 1))
    return found


def _inserted_breakdowns(segment: Segment, context: ExtractionContext) -> list[tuple[int, int]]:
    """Tokens [marker, closing comma] of a breakdown set off by commas with no number in it ("…
    краткосрочных программ, в том числе летних, – 26"): what a count includes, not a part of it."""
    key = "inserted_breakdowns"
    found: list[tuple[int, int]] | None = segment.cache.get(key)
    if found is None:
        doc = segment.doc
        found = []
        for start, stop in cue_tokens(segment, context, "breakdown"):
            if start == 0 or doc[start - 1].text != ",":
                continue
            closing = next((t.i for t in doc[stop:] if t.is_punct and t.text not in {"-", "«", "»"}), None)
            if closing is None or doc[closing].text != "," or closing == stop:
                continue
            if not any(token.like_num for token in doc[stop:closing]):
                found.append((start, closing + 1))
        segment.cache[key] = found
    return found


def _before_breakdown(segment: Segment, context: ExtractionContext, after: int) -> int:
    """Token index where a breakdown marker after character ``after`` begins (or the end)."""
    for start, _ in cue_tokens(segment, context, "breakdown"):
        if segment.doc[start].idx >= after:
            return start
    return len(segment.doc)


def _implied_program(
    segment: Segment,
    number: NumberMention,
    markers: list[int],
    parent: _Found | None,
    here: list[_Found],
    clause_start: int,
    context: ExtractionContext,
    assessment: bool,
) -> bool:
    """A number without a noun still counts programs: a part of a breakdown of programs
    (``из них 11 – с ..., 7 – с ...``, ``пять из них ...``), or an ellipsis with a type cue
    (``из них 412 сетевых``, ``57 программ ..., положительное заключение получили 49``)."""
    text_after = segment.text[number.stop :]
    breakdown_after = any(start == number.last + 1 for start, _ in cue_tokens(segment, context, "breakdown"))
    if parent is not None and (
        _right_after_marker(number, markers) or breakdown_after or _DASH_AFTER.match(text_after)
    ):
        return True
    if not (here or parent):
        return False
    doc = segment.doc
    if dimension_cues(doc, number.last + 1, min(len(doc), number.last + 7), context, assessment=assessment):
        return True
    before = dimension_cues(doc, clause_start, number.first, context, assessment=assessment)
    return bool(here and {name for name in before if name != "status" or before[name][0] != _PUBLISHED})


def _last_of_all(said: list[_Found]) -> _Found | None:
    """The last total of all programs said (no part, no form, направленность or narrower stage)."""
    return next(
        (
            found
            for found in reversed(said)
            if found.count.part_of is None and not found.whole and found.count.program_type == "all"
        ),
        None,
    )


def _last_of_status(said: list[_Found], status: str | None) -> _Found | None:
    """The last of the counts said that is a whole of its own (no part) and has ``status`` (no
    status reads as all programs)."""
    if status is None:
        return None
    return next(
        (
            found
            for found in reversed(said)
            if found.count.part_of is None and not found.whole and (found.count.status or _PUBLISHED) == status
        ),
        None,
    )


def _dash_item(segment: Segment, position: int) -> bool:
    """The number at character ``position`` is the value of a "label – N" item: a dash right before it."""
    return bool(re.search(r"\w\s*[-–—]\s*$", segment.text[max(0, position - 6) : position]))


def _adjective_stands_for_noun(doc: Doc, number: NumberMention) -> bool:
    """After the number (and a dash) stands a plural adjective or participle with no noun after it:
    it stands for the noun of the counts said before ("и девять – платные", "две дистанционные –
    по программированию")."""
    index = number.last + 1
    if index < len(doc) and doc[index].text in DASHES:
        index += 1
    if index >= len(doc) or not _plural_adjective(doc[index]):
        return False
    following = doc[index + 1] if index + 1 < len(doc) else None
    return following is None or following.is_punct or after_preposition(doc, index + 2)


def _names_dimension_noun(doc: Doc, head: int | None, context: ExtractionContext) -> bool:
    """The counted noun is a dimension's own noun ("направленность") qualified by one of its values
    ("художественная направленность")."""
    if head is None or doc[head].lemma_ not in context.rules.program_types.dimension_nouns:
        return False
    return bool(dimension_cues(doc, max(0, head - 3), head + 1, context))


def _whole_follows(doc: Doc, number: NumberMention, context: ExtractionContext) -> bool:
    """The words after a number go on, within its clause, to the whole it is taken from ("две
    программы из шести", "7 из 14")."""
    wholes = {word.lower() for word in context.rules.numbers.part_of_whole}
    for token in doc[number.last + 1 :]:
        if token.is_punct or token.like_num:
            return False
        if token.lower_ in wholes and token.i + 1 < len(doc):
            following = doc[token.i + 1]
            return following.like_num or any(p.tag.POS == "NUMR" for p in parses(following.lower_)[:1])
    return False


def _right_after_marker(number: NumberMention, markers: list[int]) -> bool:
    return any(0 <= number.start - marker <= 3 for marker in markers)


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[ProgramCount]:
    """Every count of programs in the document."""
    results: list[ProgramCount] = []
    carried: list[_Found] = []
    segment_before: Segment | None = None
    last_sentence: Segment | None = None  # the last sentence of the block before
    list_lead: tuple[list[_Found], Segment] | None = None  # the sentence a list's items follow
    list_marked: bool | None = None  # whether that list's items have list marks (None before the first)
    history: list[_Found] = []  # counts said so far that are no parts
    under_heading = False  # the last heading names programs: its lines may leave the noun out
    for block in annotated.document.blocks:
        segments = annotated.block_segments(block)
        if not segments:
            continue
        if block.kind is BlockKind.HEADING:
            under_heading = _names_programs(segments, context)
        if block.kind is BlockKind.TABLE:
            rows: dict[int | None, list[Segment]] = {}
            for segment in segments:
                rows.setdefault(segment.row_index, []).append(segment)
            totals: list[_Found] = []
            for row in rows.values():
                prose = []
                for segment in row:
                    cell = table_cell(annotated, segment, context)
                    count = None
                    if cell is not None and cell.family == "program_counts" and cell.value.is_integer():
                        count = _table_count(segment, cell, context)
                        results.append(count)
                        if cell.is_total and count.part_of is None and count.kind == "actual":
                            totals.append(_Found(count, Dimensions(), 0, -1))
                    if cell is not None and cell.figure_span is not None and count is not None:
                        # "23, из них летних – 15": the words after the figure break down the row's count
                        own = _Found(count, _dimensions_of(count), 0, -1)
                        results.extend(
                            found.count for found in _BlockReader(annotated, [segment], context, [own]).read()
                        )
                    elif cell is None or cell.figure_span is not None:
                        prose.append(segment)  # a passport's "12 (в 2023/2024 уч. г. – 7)": the words too
                results.extend(found.count for found in _BlockReader(annotated, prose, context).read())
            # "Всего … 274" / "Из общего числа программ 19 реализуются …": the sentence after a table
            # breaks down the table's total (the last total column, the latest year)
            carried, segment_before, list_lead, last_sentence = totals[-1:], None, None, None
            continue
        marked = block.kind is BlockKind.LIST_ITEM
        item = marked or _is_item_line(segments)
        if item and list_lead is not None and list_marked is not None and marked != list_marked:
            list_lead = None  # a short unmarked line after a marked list (a date, a signature) ends it
        if item and list_lead is not None:
            carried, segment_before = list_lead  # every item of a list reads the sentence that leads in to it
            list_marked = marked
        reader = _BlockReader(
            annotated,
            segments,
            context,
            carried,
            segment_before,
            history,
            under_heading and block.kind is not BlockKind.HEADING,
            sentence_before=last_sentence,
        )
        found = reader.read()
        last_sentence = segments[-1]
        results.extend(item.count for item in found)
        history.extend(item for item in found if item.count.part_of is None and not item.whole)
        last_index = len(segments) - 1
        said_before = carried
        carried = [item for item in found if item.segment_index == last_index]
        # the previous sentence gives a type only within a paragraph, or when the paragraph broke off
        # mid-sentence or leads in to a list (no final punctuation, or a colon)
        # (a list item or a line is whole without final punctuation)
        last_text = segments[-1].text.rstrip()
        segment_before = (
            segments[-1]
            if (not item or block.kind is BlockKind.HEADING or last_text.endswith(":"))
            and not re.search(r"[.!?;»)]$", last_text)
            else None
        )
        if last_text.endswith(":"):
            # the lead-in's own counts, else the block's totals ("вошли 142 программы. Из них по направленностям:")
            totals = carried or [item for item in found if item.count.part_of is None][-1:]
            if not found and reader.breaks_down_before():
                totals = said_before  # "Одобрена 131 программа." / "В том числе:" / "- 12 краткосрочных"
            list_lead = (totals, segments[-1])
            list_marked = None
        elif not item:
            list_lead = None
    return results


_LINE_CHARS = 120
"""The longest line of an infographic card or a slide bullet read under its heading."""


def _line_value(doc: Doc, number: NumberMention) -> bool:
    """The number is the value of its line: it opens the line ("38 прошли НОК"), or a dash after the
    line's label comes right before it ("Сетевые — 12")."""
    if all(token.is_punct for token in doc[: number.first]):
        return True
    dash = number.first - 1
    return doc[dash].text in DASHES and all(
        token.text not in _NOT_IN_LABEL and not token.like_num for token in doc[:dash]
    )


_NOT_IN_LABEL = frozenset({",", ";", ":", "(", ")"})
"""Marks a line's label has none of: "… — 9 (2024 г. — 4)" ends its label at the bracket."""


_HEADING_WORDS = 12
"""The longest heading read as the lead-in of the lines under it."""


def _names_programs(segments: list[Segment], context: ExtractionContext) -> bool:
    """A short heading with a noun of programs ("Программы", "Программы в Навигаторе ДО")."""
    words = [token for segment in segments for token in segment.doc if not token.is_punct]
    return len(words) <= _HEADING_WORDS and any(is_program_noun(token, context) for token in words)


def _narrower_passed(whole: _Found, part: _Found, stages: list[str]) -> bool:
    """ "экспертизу прошли 29 программ, положительное заключение получили 26": a smaller count that
    passed, said right after a count that "passed", of no other направленность or form: the first
    only went through the assessment."""
    passed = _passed_stage(stages)
    return (
        whole.count.status == passed
        and part.count.status == passed
        and part.count.value < whole.count.value
        and part.count.kind == whole.count.kind == "actual"
        and part.count.year in (None, whole.count.year)
        and part.count.previous is None
        and part.position > whole.stop + 2
        and not any((whole.count.focus, whole.count.form, part.count.focus, part.count.form))
    )


def _is_item_line(segments: list[Segment]) -> bool:
    """A line of a list written without list marks: one short segment that is no sentence
    ("техническая – 11" under "Среди программ … по направленностям:")."""
    if len(segments) != 1:
        return False
    text = segments[0].text.strip()
    return len(text) <= 120 and not text.endswith((".", "!", "?", ":"))


__all__ = ["Dimensions", "NumberMeaning", "dimension_cues", "extract"]
