"""Percentages that state a share, in prose and tables, with what they measure.

Forms: ``72,5 %``, ``72.5%``, ``100%``, ``25 процентов``, ranges ``70-75%`` (two values), values
above 100; table cells in a row or column whose unit, name or header says ``%`` / ``доля``. Changes
(``+3,4 %``, ``на 3,2 п.п.``, ``выросла на 2 %``) and earlier values (``с 55,3 до 61,0 %``: 55,3 is
the ``previous`` of 61,0) are not items (:mod:`mocparse.extract.meaning`).

The subject is the noun phrase measured, as written: the measuring noun of the clause with what
depends on it (``охват детей в возрасте от 5 до 18 лет дополнительным образованием``, ``доля
детей, получивших сертификат``), else the noun phrase after the value (``75 % детей школьного
возраста``), else the clause the value is said of; in a table, the row's indicator name.
"""

from __future__ import annotations

import re
from functools import cache

from mocparse.extract.base import ExtractionContext
from mocparse.extract.dimensions import dimension_cues
from mocparse.extract.indicators import holds_for_parts, indicator_for
from mocparse.extract.meaning import NumberMeaning, analyse, is_percent_word, plain_value, reference_year
from mocparse.extract.numbers import (
    DASHES,
    NumberMention,
    clause_mark_before,
    counted,
    cue_tokens,
    exact_words,
    is_noun,
    is_program_noun,
    lemmas_of_list,
    points_to_sentence_before,
)
from mocparse.extract.phrases import char_range, key_of, key_of_text, phrase_around, text_of
from mocparse.extract.table_cells import TableCell, table_cell
from mocparse.extract.tables import is_percent_unit
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import names_people, parses
from mocparse.records import Percentage, PreviousValue

_BREAKS = frozenset({";", ":"})
_COMMA_BREAKS = frozenset({",", *_BREAKS})


@cache
def _lemma_set(words: tuple[str, ...]) -> frozenset[str]:
    from mocparse.nlp.morph import lemma

    return frozenset(lemma(word) for word in words)


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Percentage]:
    """Every percentage of the document."""
    results: list[Percentage] = []
    said: tuple[int, str] | None = None  # (segment number, indicator) of the last prose share with one
    last: tuple[int, Percentage] | None = None  # (segment number, share) of the last prose share
    achieved: tuple[int, Percentage] | None = None  # the same of the last achieved one
    for position, segment in enumerate(annotated.segments):
        cell = table_cell(annotated, segment, context) if segment.cell is not None else None
        if cell is not None:
            if cell.family == "percentages":
                results.append(_table_percentage(segment, cell, context))
            share = _share_after_slash(segment, cell, context)
            if share is not None:
                results.append(share)
            if cell.figure_span is None or cell.family == "percentages":
                continue
        if achieved is not None and position - achieved[0] <= 2 and achieved[1].previous is None:
            earlier = _earlier_shares(segment, context)
            if earlier is not None:  # "Годом ранее этот показатель составлял 18,2 %." (its plan may come between)
                achieved[1].previous = earlier
                continue
        for meaning in analyse(segment, context):
            if meaning.percent and meaning.is_value and not _scale_threshold(segment, meaning, context):
                percentage = _prose_percentage(segment, context, meaning)
                if cell is not None and not re.search(r"[А-Яа-яЁё]{3}", percentage.subject):
                    _take_row_subject(percentage, cell, context)  # "58 / 4,0 %" in a passport's value cell
                if _is_fulfilment(segment, context, meaning):
                    percentage.indicator = None
                elif (
                    percentage.indicator is None
                    and said is not None
                    and position - said[0] <= 2
                    and _points_back(segment, context, meaning)
                ):
                    percentage.indicator = said[1]  # "Плановое значение показателя – 79 %"
                if (
                    percentage.rule == "percentages.clause"
                    and last is not None
                    and position - last[0] == 1
                    and points_to_sentence_before(segment, meaning.number.first, context)
                ):  # "… составила 78,4 %. В 2026 году её планируется довести до 80 %": the same share
                    percentage.subject, percentage.subject_key = last[1].subject, last[1].subject_key
                    percentage.indicator = percentage.indicator or last[1].indicator
                if percentage.indicator is not None:
                    said = (position, percentage.indicator)
                results.append(percentage)
                if last is None or last[0] != position or percentage.kind == "actual":
                    last = (position, percentage)  # "20,9 % при плановом значении 20,0 %": the 20,9 % is compared
                if percentage.kind == "actual":
                    achieved = (position, percentage)
    return results


def _earlier_shares(segment: Segment, context: ExtractionContext) -> PreviousValue | None:
    """A sentence that only gives earlier values of the share said just before it ("Годом ранее
    показатель составлял 79,6 %, а в 2021 году – 64 %", "Для сравнения: в 2022 году охват составлял
    73,1 %"): the latest of them, as that share's ``previous``; None for a sentence of its own.

    It qualifies when every value is a share set before the document's period (by its year or an
    earlier-period phrase) and its words name no measure of their own: only the measure's nouns
    (показатель, доля, охват …), pointing words and years."""
    analysed = analyse(segment, context)
    values = [meaning for meaning in analysed if meaning.is_value]
    meanings = [meaning for meaning in values if meaning.percent]
    if not meanings or any(meaning.kind == "target" for meaning in values):
        return None  # "…, а плановое значение на 2025 год — 77 %": a plan is no earlier value
    reference = reference_year(context)
    cue = bool(cue_tokens(segment, context, "earlier") or cue_tokens(segment, context, "one_year_back"))
    back = bool(cue_tokens(segment, context, "one_year_back"))
    # "Кварталом ранее их использовали 2 716 детей (66,5 %)": with an earlier-period phrase, a count the
    # share stands for may go with it (its noun is no measure of its own)
    counts = [counted(segment, meaning.number, context) for meaning in values if not meaning.percent]
    heads = {what.head for what in counts if what is not None and what.head is not None}
    set_years = [meaning.year for meaning in values if meaning.year is not None]
    of_earlier_year = bool(set_years) and reference is not None and all(year < reference for year in set_years)
    if counts and not (cue or of_earlier_year):
        return None
    # "…, рост за год — 1,4 процентного пункта": the words of a change said with it
    changes = [_clause(segment, meaning.number.first, _COMMA_BREAKS) for meaning in analysed if meaning.change]
    years = [meaning.year for meaning in meanings]
    if not all((year is not None and reference is not None and year < reference) or cue for year in years) and not (
        counts and of_earlier_year  # "В 2024/2025 учебном году программ было 118, … 54 (45,8 %)"
    ):
        return None
    if _names_a_measure_of_its_own(segment, context, heads, changes):
        return None
    dated = [meaning for meaning in meanings if meaning.year is not None]
    latest = max(dated, key=lambda meaning: meaning.year or 0) if dated else meanings[0]
    year = latest.year
    if year is None and of_earlier_year:
        year = max(set_years)  # the year of the counts the share is said with
    if year is None and back and reference is not None:
        year = reference - 1
    return PreviousValue(value=plain_value(latest.number.value), year=year)


def _names_a_measure_of_its_own(
    segment: Segment, context: ExtractionContext, heads: set[int], changes: list[tuple[int, int]]
) -> bool:
    """A noun of the sentence other than a measure's noun, a pointing word, an earlier-period phrase,
    a year, the noun of a count said with the share (``heads``) or a word of a change said beside it
    (``changes``): the sentence measures something of its own."""
    numbers = context.rules.numbers
    phrase_words = tuple(word for phrase in (*numbers.earlier, *numbers.one_year_back) for word in phrase.split())
    allowed = (
        lemmas_of_list(context, "measure_nouns")
        | lemmas_of_list(context, "anaphora")
        | _lemma_set(tuple(context.rules.indicators.anaphoric_subjects))
        | _lemma_set(phrase_words)  # "Для сравнения: …", "На начало года …"
        | {context.rules.calendar.year_word}
    )
    return any(
        is_noun(token)
        and token.lemma_ not in allowed
        and not token.text[:1].isdigit()
        and token.i not in heads
        and not any(first <= token.i < end for first, end in changes)
        for token in segment.doc
    )


def _is_fulfilment(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> bool:
    """ "исполнено на 102,5 %", "выполнен на 96 %": how much of a plan was done."""
    doc = segment.doc
    first = meaning.number.first
    if first < 2 or doc[first - 1].lower_ != "на":
        return False
    return doc[first - 2].lemma_ in _lemma_set(tuple(context.rules.indicators.fulfilment_verbs))


def _points_back(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> bool:
    """The value's own words name no measure but point at one said just before ("плановое значение
    показателя", "доля таких программ", "этот показатель")."""
    doc = segment.doc
    words = context.rules.indicators.anaphoric_subjects
    clause = _clause(segment, meaning.number.first)
    lemmas = {token.lemma_ for token in doc[clause[0] : meaning.number.first]}
    return bool(lemmas & _lemma_set(tuple(words)))


def _prose_percentage(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> Percentage:
    number = meaning.number
    first, end, how = _subject_range(segment, context, meaning)
    subject = text_of(segment, first, end)
    clause = _clause(segment, number.first)
    return Percentage(
        value=number.value,
        subject=subject,
        subject_key=key_of(segment, first, end),
        indicator=None
        if _is_subset(segment, context, meaning, clause)
        else indicator_for(
            segment, subject, "percentage", context, token_range=_indicator_range(segment, first, end, number, context)
        ),
        kind=meaning.kind,
        year=meaning.year,
        previous=meaning.previous,
        head_count=_head_count(segment, context, meaning),
        evidence=segment.evidence(
            span=(number.start, _percent_end(segment, number.last)),
            phrase=char_range(segment, min(first, number.first), min(len(segment.doc), max(end, number.last + 2))),
        ),
        rule=f"percentages.{how}",
        confidence=0.95 if how != "clause" else 0.85,
    )


def _indicator_range(
    segment: Segment, first: int, end: int, number: NumberMention, context: ExtractionContext
) -> tuple[int, int]:
    """The words an indicator is read from: the subject phrase and the comma-bounded clause of the value,
    up to the plan said beside it ("81,2 % | при плановом значении муниципальной программы 80,0 %")."""
    doc = segment.doc
    breaks = {";", ":"}
    start = number.first
    while start > 0 and doc[start - 1].text not in breaks:
        start -= 1
    aside = exact_words(context, "plan_aside") | lemmas_of_list(context, "plan_aside")
    target = lemmas_of_list(context, "target")
    stop = number.last + 1
    while stop < len(doc) and doc[stop].text not in breaks | {"."}:
        if doc[stop].lower_ in aside and stop + 1 < len(doc) and doc[stop + 1].lemma_ in target:
            break
        stop += 1
    return min(first, start), max(end, stop)


def _is_subset(segment: Segment, context: ExtractionContext, meaning: NumberMeaning, clause: tuple[int, int]) -> bool:
    """A share of a part of the municipality's children or programs, not the regional indicator: in
    brackets after a place or a group ("станицей Староречинской (84,7 %)"), in a clause that opens with
    a place ("В сельских населённых пунктах охват …"), or said of a form or направленность of programs."""

    doc = segment.doc
    number = meaning.number
    if number.first >= 2 and doc[number.first - 1].text == "(":
        before = doc[number.first - 2]
        measures = lemmas_of_list(context, "measure_nouns")
        counted_before = any(token.like_num for token in doc[max(0, number.first - 4) : number.first - 1])
        if before.is_alpha and before.lemma_ not in measures and not counted_before:
            return True  # "станицей Староречинской (84,7 %)"; not "прошли 66 (89,2 %)", "1 904 соцсертификата (41,3 %)"
    words = [token for token in doc[clause[0] : number.first] if not token.is_punct]
    rules = context.rules.indicators
    if (
        len(words) > 1
        and words[0].lower_ in rules.place_prepositions
        and words[1].is_alpha
        and not any(parse.normal_form in rules.not_places for parse in parses(words[1].text))  # "кружках"
    ):
        return True  # "В сельских населённых пунктах охват …", not "В 2024 году охват …"
    if not any(is_program_noun(token, context) for token in words):
        return False  # "детей с ОВЗ" names no form of programs
    found = dimension_cues(doc, clause[0], number.first, context)
    return "focus" in found or "form" in found


def _percent_end(segment: Segment, last: int) -> int:
    doc = segment.doc
    end = _percent_end_token(segment, last)
    return doc[end].idx + len(doc[end].text)


def _clause(segment: Segment, token: int, breaks: frozenset[str] = _BREAKS) -> tuple[int, int]:
    """The tokens between the clause breaks (``breaks``: ";" and ":", or commas too) around ``token``."""
    doc = segment.doc
    start = token
    while start > 0 and doc[start - 1].text not in breaks:
        start -= 1
    stop = token
    while stop < len(doc) and doc[stop].text not in breaks:
        stop += 1
    return start, stop


def _subject_range(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> tuple[int, int, str]:
    """Tokens [first, end) of what the percentage measures, and how they were found."""
    doc = segment.doc
    number = meaning.number
    clause_start, clause_stop = _clause(segment, number.first)
    measures = lemmas_of_list(context, "measure_nouns")
    # the measuring noun of the clause before the value: "Охват детей ... составил 81,2 %"
    for index in range(clause_start, number.first):
        token = doc[index]
        if token.lemma_ in measures and not token.like_num:
            first, end = phrase_around(segment, index, context.rules.language, clause_start, number.first)
            return first, end, "measure"
    # "75 % детей школьного возраста"
    head = _percent_end_token(segment, number.last) + 1
    if head < clause_stop and head > number.last + 1:
        best = parses(doc[head].text)
        if best and best[0].tag.POS == "NOUN":
            first, end = phrase_around(segment, head, context.rules.language, head, clause_stop)
            return first, end, "after"
    # a measuring noun after the value: "... составляет 78,7 % от общего числа детей" / "43 % — доля ..."
    for index in range(number.last + 1, clause_stop):
        if doc[index].lemma_ in measures:
            first, end = phrase_around(segment, index, context.rules.language, index, clause_stop)
            return first, end, "measure"
    # a measure named before a colon the values follow: "охват детей … растёт: 75,2 % в 2022 году, …"
    colon = clause_mark_before(doc, number.first)
    if colon is not None and doc[colon].text == ":":
        before = clause_mark_before(doc, colon)
        lead_start = 0 if before is None else before + 1
        for index in range(lead_start, colon):
            if doc[index].lemma_ in measures and not doc[index].like_num:
                first, end = phrase_around(segment, index, context.rules.language, lead_start, colon)
                return first, end, "measure"
    # the clause the value is said of: "охвачены 5 047 человек, что составляет 78,7 %"
    start = clause_start
    previous_clause = _previous_clause(segment, number.first)
    if previous_clause is not None:
        return previous_clause[0], previous_clause[1], "clause"
    return start, number.first, "clause"


def _previous_clause(segment: Segment, before: int) -> tuple[int, int] | None:
    """For ``…, что составляет 78,7 %``: the clause before the comma that introduces the value."""
    doc = segment.doc
    index = before - 1
    while index >= 0 and doc[index].text != ",":
        if doc[index].text in _BREAKS:
            return None
        index -= 1
    if index <= 0:
        return None
    end = index
    start = end - 1
    while start > 0 and doc[start - 1].text not in {",", ";", ":"}:
        start -= 1
    return (start, end) if start < end else None


def _head_count(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> int | None:
    """The number of people the share stands for: ``1843 (37 %)`` (the count before the bracket),
    ``11,4 % (44 человека)`` (the count inside it), ``охвачено 8 167 детей, или 77,9 %`` (the count
    the share restates). Counts of things ("131 программа (31,8 %)") give none."""
    doc = segment.doc
    number = meaning.number
    meanings = analyse(segment, context)
    found: NumberMeaning | None = None
    if number.first >= 2 and doc[number.first - 1].text == "(":  # "1843 (37 %)", "1 904 соцсертификата (41,3 %)"
        found = next((m for m in meanings if m.number.last == number.first - 2 and not m.percent), None)
        if found is None:
            found = next(
                (
                    m
                    for m in meanings
                    if not m.percent
                    and m.number.last == number.first - 3
                    and (what := counted(segment, m.number, context)) is not None
                    and what.head == number.first - 2
                ),
                None,
            )
    after = _percent_end_token(segment, number.last) + 1
    if found is None and after < len(doc) and doc[after].text == "(":
        found = next((m for m in meanings if m.number.first == after + 1 and not m.percent), None)
    if found is None:
        found = _restated_count(segment, context, meaning, meanings)
    if found is None:
        found = _count_restating(segment, context, meaning, meanings)
    if found is None or not found.number.is_integer or not _counts_people(segment, context, found):
        return None
    return int(found.number.value)


def _restated_count(
    segment: Segment, context: ExtractionContext, meaning: NumberMeaning, meanings: list[NumberMeaning]
) -> NumberMeaning | None:
    """ "охвачено 8 167 детей, или 77,9 %", "… 41 человек, что составляет 34,7 %": the count right
    before the share, joined to it by the restating words of rules/numbers.yaml."""
    doc = segment.doc
    first = meaning.number.first
    before = [m for m in meanings if m.number.last < first and not m.percent and m.is_value]
    if not before:
        return None
    count = before[-1]
    if len(before) > 1 and count.number.first > 0 and doc[count.number.first - 1].lower_ == "из":
        count = before[-2]  # "охвачено 5 704 ребёнка из 7 016 детей, что составляет 81,3 %": the part
    what = counted(segment, before[-1].number, context)
    gap_start = (
        (what.head + 1) if what is not None and what.head is not None and what.head < first else count.number.last + 1
    )
    words = {token.lemma_ for token in doc[gap_start:first] if not token.is_punct}
    if not words:
        return None
    restating = lemmas_of_list(context, "restating")
    return count if words <= restating else None


def _count_restating(
    segment: Segment, context: ExtractionContext, meaning: NumberMeaning, meanings: list[NumberMeaning]
) -> NumberMeaning | None:
    """ "охват достиг 81,2 % – это 9 846 ребят", "78 %, то есть 1 204 ребёнка": the count right after
    the share, joined to it by a dash, a comma and the restating words of rules/numbers.yaml."""
    doc = segment.doc
    start = _percent_end_token(segment, meaning.number.last) + 1
    after = [m for m in meanings if m.number.first >= start and not m.percent and m.is_value]
    if not after:
        return None
    count = after[0]
    words = {token.lemma_ for token in doc[start : count.number.first] if token.text not in _RESTATING_MARKS}
    restating = lemmas_of_list(context, "restating")
    between = doc[start : count.number.first]
    dash = any(token.text in {"–", "—"} for token in between)
    return count if (words or dash) and words <= restating and len(between) <= 3 else None


_RESTATING_MARKS = {"–", "—", "-", ","}


def _counts_people(segment: Segment, context: ExtractionContext, count: NumberMeaning) -> bool:
    """The count is of people (an animate counted noun) or names no noun at all."""
    what = counted(segment, count.number, context)
    if what is None or what.head is None:
        return True
    token = segment.doc[what.head]
    if token.lemma_ in lemmas_of_list(context, "head_count_things"):
        return True  # "1 904 соцсертификата (41,3 % детей)": one certificate per child
    return names_people(token.text)


def _percent_end_token(segment: Segment, last: int) -> int:
    """The token that ends "72,5 %" / "25 процентов" (the number's own last token without one)."""
    following = segment.doc[last + 1] if last + 1 < len(segment.doc) else None
    return last + 1 if following is not None and is_percent_word(following, segment) else last


def _table_indicator(cell: TableCell, context: ExtractionContext) -> str | None:
    """A share's indicator from its table cell; a row of one entity only for an indicator that
    holds for parts (``of_parts``)."""
    indicator = indicator_for(None, cell.subject, "percentage", context)
    if indicator is None and cell.indicator_text != cell.subject:
        indicator = indicator_for(None, cell.indicator_text, "percentage", context)
    if cell.is_entity:
        # a row of one settlement or organization: the indicator its own column header names
        # ("Охвачено дополнительным образованием, %"), not a caption over a table of money
        own = indicator_for(None, cell.column_header, "percentage", context) if cell.column_header else None
        return own if own == indicator and holds_for_parts(indicator, context) else None
    return indicator


def _take_row_subject(percentage: Percentage, cell: TableCell, context: ExtractionContext) -> None:
    """A share said after a figure in a value cell ("58 / 4,0 %") with no words of its own: what the
    row names ("Численность/удельный вес учащихся с ОВЗ") is what it measures."""
    percentage.subject = cell.subject
    percentage.subject_key = key_of_text(cell.subject)
    percentage.indicator = _table_indicator(cell, context)
    if percentage.head_count is None and cell.family == "quantities" and cell.value.is_integer():
        percentage.head_count = int(cell.value)  # the people the share is of


def _scale_threshold(segment: Segment, meaning: NumberMeaning, context: ExtractionContext) -> bool:
    """The share bounds a step of a rating scale: its item of a list ends with a dash and a score
    ("80 % и выше – 10 баллов; от 75 до 79,9 % – 8 баллов")."""
    doc = segment.doc
    scores = lemmas_of_list(context, "score_units")
    stop = next((t.i for t in doc[meaning.number.last + 1 :] if t.text in {";", ".", "\n"}), len(doc))
    tokens = doc[meaning.number.last + 1 : stop]
    for position, token in enumerate(tokens):
        rest = tokens[position + 1 : position + 3]
        if token.text in DASHES and len(rest) == 2 and rest[0].like_num and rest[1].lemma_ in scores:
            return True
    return False


_SLASHED_SHARE = re.compile(r"\s*/\s*(?P<share>\d{1,3}(?:,\d+)?)\s*$")
"""The share after a head count in a cell under a "человек/%" unit: "318/17,2"."""


def _share_after_slash(segment: Segment, cell: TableCell, context: ExtractionContext) -> Percentage | None:
    """The share half of a "count/share" cell whose unit cell says so ("человек/%" over "318/17,2"): a
    percentage of the row's measure, with the count as its head count."""
    if cell.figure_span is None or cell.family == "percentages" or not cell.unit_texts:
        return None
    if not any(
        "/" in unit and unit.split("/", 1)[0].strip() and is_percent_unit(unit.split("/", 1)[1], "", context)
        for unit in cell.unit_texts
    ):
        return None
    found = _SLASHED_SHARE.match(segment.text, cell.figure_span[1])
    if found is None:
        return None
    value = float(found.group("share").replace(",", "."))
    if value > 100:
        return None
    return Percentage(
        value=value,
        subject=cell.subject,
        subject_key=key_of_text(cell.subject),
        indicator=_table_indicator(cell, context),
        kind=cell.kind or ("target" if context.is_plan else "actual"),
        year=cell.year,
        head_count=int(cell.value) if cell.value.is_integer() else None,
        evidence=segment.evidence(span=found.span("share")),
        rule="percentages.table",
        confidence=0.8,
    )


def _table_percentage(segment: Segment, cell: TableCell, context: ExtractionContext) -> Percentage:
    """A share in a table: its row's indicator name (or its column's measure for the row's entity)."""
    return Percentage(
        value=cell.value,
        subject=cell.subject,
        subject_key=key_of_text(cell.subject),
        indicator=_table_indicator(cell, context),
        kind=cell.kind or ("target" if context.is_plan else "actual"),
        year=cell.year,
        previous=cell.previous,
        head_count=cell.head_count,
        evidence=segment.evidence(span=cell.figure_span or (0, len(segment.text))),
        rule="percentages.table",
        confidence=0.8,
    )
