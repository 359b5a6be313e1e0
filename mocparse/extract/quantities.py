"""Counted things other than programs: organizations, certificates and their nominal, rubles,
children, experts, meetings, consultations, agreements, points ...

The unit is the lemma of the counted noun (abbreviations expanded by rules/units.yaml); the
subject is the noun phrase the number counts, as written (:mod:`mocparse.extract.phrases`); the
indicator comes from rules/indicators.yaml; the earlier value, year and plan/fact kind from
:mod:`mocparse.extract.meaning`. Changes (``на 12 больше``) and earlier values are not quantities.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.indicators import holds_for_parts, indicator_for
from mocparse.extract.meaning import NumberMeaning, analyse, earlier_sentence, plain_value
from mocparse.extract.numbers import (
    DASHES,
    NumberMention,
    clause_mark_before,
    counted,
    cue_tokens,
    is_noun,
    is_program_noun,
    lemmas_of_list,
    opens_attribute,
    opens_plan_aside,
    points_to_sentence_before,
)
from mocparse.extract.phrases import char_range, key_of, key_of_text, phrase_around, text_of
from mocparse.extract.table_cells import TableCell, table_cell
from mocparse.extract.tables import label_unit, sub_row_prefix
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma, names_people, parses, part_of_speech
from mocparse.records import PreviousValue, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Token


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Quantity]:
    """Every count of things that are not programs."""
    results: list[Quantity] = []
    said_before: tuple[int, Quantity] | None = None  # (block, last quantity) of the prose sentence before
    for segment in annotated.segments:
        cell = table_cell(annotated, segment, context) if segment.cell is not None else None
        if cell is not None:
            said_before = None
            if cell.family == "quantities" and not _length_column(cell, context):
                results.append(_table_quantity(segment, cell, context))
            if cell.figure_span is None:
                continue
        read_from = cell.figure_span[1] if cell is not None and cell.figure_span is not None else 0
        previous: Quantity | None = None
        before = said_before[1] if said_before is not None and said_before[0] == segment.block.index else None
        # the last count of the list item right before this one ("■ Педагогов, реализующих ДООП — 322")
        sibling = (
            said_before[1]
            if said_before is not None
            and said_before[0] == segment.block.index - 1
            and segment.block.kind is BlockKind.LIST_ITEM
            and annotated.document.blocks[said_before[0]].kind is BlockKind.LIST_ITEM
            else None
        )
        if before is not None and cell is None and _earlier_of(segment, before, context):
            continue  # "Кварталом ранее их использовали 2 716 детей (66,5 %)": the earlier value of the last count
        for meaning in analyse(segment, context):
            number = meaning.number
            if not meaning.is_value or meaning.percent or number.start < read_from:
                if previous is None and meaning.previous_of is not None and not meaning.percent:
                    # "4 851 человек в 2022 году, 4 790 – в 2023 году, 4 736 – в 2024 году": the
                    # earlier values are no facts, but their noun is the one the last value leaves out
                    previous = _quantity(segment, meaning, context)
                continue
            absolute = segment.start + number.start
            if context.is_claimed(absolute, segment.start + number.stop, "program_counts", "percentages"):
                continue
            quantity = (
                (
                    _list_sibling(segment, meaning, sibling, context)
                    if sibling is not None and previous is None
                    else None
                )
                or _quantity(segment, meaning, context)
                or _ellipsis(segment, meaning, previous, context)
            )
            if quantity is None and previous is None and before is not None:
                quantity = _anaphoric(segment, meaning, before, context)
            if quantity is not None and previous is not None and _names_the_plan(quantity, meaning, context):
                # "Выдано 1 790 сертификатов, план – 1 593": the plan of the count said before, not a count of plans
                quantity = _copy(previous, segment, meaning, previous.subject, previous.indicator, "quantities.plan")
            if quantity is not None and previous is not None and _parallel_bare(segment, meaning, quantity, previous):
                # "…материалов – 9 случаев; отсутствие оценочных материалов – 6": the list's unit
                quantity = quantity.model_copy(
                    update={"unit": previous.unit, "indicator": None, "rule": "quantities.parallel"}
                )
            if quantity is not None:
                results.append(quantity)
                previous = quantity
        if cell is None:
            said_before = (segment.block.index, previous) if previous is not None else None
    return results


def _list_sibling(
    segment: Segment, meaning: NumberMeaning, said: Quantity, context: ExtractionContext
) -> Quantity | None:
    """A list item that says what the people of the item before did, with no noun of its own ("■ Прошли
    КПК — 127" under "■ Педагогов, реализующих ДООП — 322"): a count of the same people."""
    doc = segment.doc
    number = meaning.number
    if said.unit is None or not names_people(said.unit) or number.first < 2 or doc[number.first - 1].text not in DASHES:
        return None
    words = [token for token in doc[: number.first - 1] if not token.is_punct]
    if not words or any(token.like_num for token in words):
        return None
    found = parses(words[0].text.lower())
    if not found or found[0].tag.POS not in {"VERB", "PRTS"} or found[0].tag.number != "plur":
        return None  # "Прошли КПК", "Аттестованы": the people did it; "Вакансий — 14" counts something else
    subject = doc[words[0].i : number.first - 1].text.strip()
    # the item's own words name the measure (the people's noun alone would name them all again)
    indicator = indicator_for(None, subject, "quantity", context, said.unit)
    return _copy(said, segment, meaning, subject, indicator, "quantities.list_sibling")


def _anaphoric(segment: Segment, meaning: NumberMeaning, said: Quantity, context: ExtractionContext) -> Quantity | None:
    """A bare number of a sentence that points back at the quantity the sentence before ended with:
    the same measure through a pronoun ("Охвачено 4 120 детей. В 2026 году их число планируется
    увеличить до 4 300.") or a part of it after an opening "из них" ("Выдано 2 950 сертификатов. Из
    них использовано 2 610."); None when the clause has no such pointer or another number."""
    doc = segment.doc
    number = meaning.number
    mark = clause_mark_before(doc, number.first)
    start = 0 if mark is None else mark + 1
    opening = [(first, stop) for first, stop in cue_tokens(segment, context, "breakdown") if first == start]
    if not opening and not points_to_sentence_before(segment, number.first, context):
        return None
    if opening and any(token.like_num for token in doc[start : number.first]):
        return None
    following = doc[number.last + 1] if number.last + 1 < len(doc) else None
    if following is not None and following.text not in {".", ";", ","} and is_noun(following, right_after_number=True):
        return None  # a noun of its own the units do not know
    if not opening:  # the same measure, at another time or as a plan
        same = _copy(said, segment, meaning, said.subject, said.indicator, "quantities.anaphora")
        return same.model_copy(update={"year": meaning.year})
    stop = next((token.i for token in doc[number.last + 1 :] if token.text in {".", ";", ","}), len(doc))
    words = " ".join(
        part for part in (doc[opening[0][1] : number.first].text, doc[number.last + 1 : stop].text) if part
    )
    subject = words.strip(" ,–—") or said.subject
    indicator = indicator_for(None, f"{subject} {said.unit}", "quantity", context, said.unit) if words else None
    if not holds_for_parts(indicator, context):
        indicator = None  # "Из них 12 имеют высшую категорию": a part of the teachers, not all of them
    return _copy(said, segment, meaning, subject, indicator, "quantities.anaphora")


def _whole_phrase_end(segment: Segment, start: int, limit: int) -> int:
    """Where the phrase of a partitive's whole ends: at the first comma that opens no participle or
    "который" clause of it, or at the next number ("из 6 412 детей в возрасте от 5 до 18 лет,
    проживающих на территории округа, | дополнительным образованием охвачены 5 047")."""
    doc = segment.doc
    for index in range(start, min(limit, len(doc))):
        token = doc[index]
        if token.like_num and index > start + 1 and doc[index - 1].lower_ not in {"от", "до", "-", "–", "—"}:
            return index
        if token.text == "," and index + 1 < len(doc) and not opens_attribute(doc, index + 1):
            return index
    return limit


def _quantity(segment: Segment, meaning: NumberMeaning, context: ExtractionContext) -> Quantity | None:
    number = meaning.number
    what = counted(segment, number, context)
    if what is not None and what.head is not None and what.unit is not None:
        if what.is_program or what.how == "range":
            return None  # a program count, or the low end of a range ("от 16 до 36 часов"): a bound, no count
        if _program_length(segment, number, what.unit, context):
            return None
        first, end = phrase_around(segment, what.head, context.rules.language)
        end = next((i for i in range(what.head + 1, end) if opens_plan_aside(segment.doc, i, context)), end)
        if what.how == "before_noun":
            first = max(first, number.last + 1)
        subject = text_of(segment, first, end)
        clause = _clause_range(segment, number.first, end, context)
        if number.first > 0 and segment.doc[number.first - 1].lower_ in context.rules.numbers.part_of_whole:
            # "из 6 412 детей в возрасте от 5 до 18 лет …, охвачены 5 047": the whole is what its own
            # phrase names; the clause's words are said of the part
            clause = (number.first, _whole_phrase_end(segment, number.last + 1, clause[1]))
        indicator = indicator_for(segment, subject, "quantity", context, what.unit, clause)
        if _is_part_or_place(segment, number.first, context) and not holds_for_parts(indicator, context):
            indicator = None
        return Quantity(
            value=number.value,
            unit=context.rules.units.synonyms.get(what.unit, what.unit),
            subject=subject,
            subject_key=key_of(segment, first, end),
            indicator=indicator,
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


def _earlier_of(segment: Segment, said: Quantity, context: ExtractionContext) -> bool:
    """A sentence that only gives the earlier value of the count said last in the sentence before, of
    the same unit: that count gets it as its ``previous`` (True when it did)."""
    if said.previous is not None or said.kind != "actual":
        return False
    earlier = earlier_sentence(segment, context)
    if earlier is None or len(earlier[0]) != 1:
        return False
    (meaning,), year = earlier
    what = counted(segment, meaning.number, context)
    units = context.rules.units.synonyms
    if what is None or what.is_program or what.unit is None or units.get(what.unit, what.unit) != said.unit:
        return False
    said.previous = PreviousValue(value=plain_value(meaning.number.value), year=year)
    return True


def _names_the_plan(quantity: Quantity, meaning: NumberMeaning, context: ExtractionContext) -> bool:
    """The counted "thing" is the plan itself ("план – 1 593", "плановое значение – 1 593")."""
    if meaning.kind != "target" or quantity.rule != "quantities.predicate":
        return False
    words = {lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", quantity.subject)}
    return quantity.unit in lemmas_of_list(context, "target") or bool(words & lemmas_of_list(context, "target"))


def _program_length(segment: Segment, number: NumberMention, unit: str, context: ExtractionContext) -> bool:
    """A length in hours said of programs: after a length word ("продолжительностью от 16 до 36 часов",
    "объёмом до 72 часов") or in a bracket right after a program noun or an adjective that types
    programs ("краткосрочные (до 36 часов)")."""
    units = context.rules.units
    if unit not in units.length_units:
        return False
    doc = segment.doc
    index = number.first - 1
    while index >= 0 and (doc[index].like_num or doc[index].text in DASHES or _is_grammar_word(doc[index])):
        index -= 1  # the qualifier and the low end of a range: "от 16 до", "не более"
    if index < 0:
        return False
    if index == 0 or (doc[index].text != "(" and doc[index].lemma_ not in units.length_words):
        return False
    # "программы продолжительностью …", "краткосрочные (до 36 часов)"; not "обучение в объёме 36 часов"
    head = doc[index - 1]
    return is_program_noun(head, context) or part_of_speech(head.text) in {"ADJF", "PRTF"}


def _length_column(cell: TableCell, context: ExtractionContext) -> bool:
    """A column of programs' lengths ("Объём, час."): each row's figure is said of its program."""
    words = re.findall(r"[А-Яа-яЁё]+", cell.column_leaf)
    units = context.rules.units
    if len(words) < 2:
        return False
    return lemma(words[0].lower()) in units.length_words and lemma(words[-1].lower()) in units.length_units


def _is_grammar_word(token: Token) -> bool:
    return part_of_speech(token.text) in {"PREP", "PRCL", "COMP", "ADVB"}


def _ellipsis(
    segment: Segment, meaning: NumberMeaning, previous: Quantity | None, context: ExtractionContext
) -> Quantity | None:
    """A number whose noun was said just before: "4 человека, из них 3 – по совместительству",
    "112 индивидуальных и 34 групповых", "18 человек …, 29 – на федеральных платформах", "Выдано
    3 804 сертификата, из них использовано для записи на программы 3 177, или 83,5 %"."""
    if previous is None:
        return None
    doc = segment.doc
    number = meaning.number
    following = doc[number.last + 1] if number.last + 1 < len(doc) else None
    subject = previous.subject
    indicator: str | None = None
    is_part = False  # a part of the quantity before: an indicator that holds for parts goes with it
    if following is None or following.text in {".", ";", ",", ")"}:
        clause = _breakdown_clause(segment, previous, number.first, context)
        if clause is None:
            clause = _colon_item(segment, previous, number.first)
            if clause is None:
                return None
            subject = clause or subject  # "создано 120 новых мест: в МБОУ «СОШ № 2» — 60, …": a place's share
            return _copy(previous, segment, meaning, subject, None)
        subject = clause or subject  # "использовано для записи на программы"
        indicator = (
            indicator_for(None, f"{subject} {previous.unit}", "quantity", context, previous.unit) if clause else None
        )
        is_part = bool(clause)  # "прошли курсы 56 педагогов, из них 19 прошли по работе с детьми с ОВЗ"
    elif following.lower_ == "из" and number.last + 2 < len(doc) and doc[number.last + 2].lower_ in {"них", "которых"}:
        pass  # "187 детей с ОВЗ …, занимаются в кружках 143 из них": a part of what was counted before
    else:
        kind = part_of_speech(following.text)
        is_dash = following.text in DASHES
        is_adjective = kind in {"ADJF", "PRTF"}
        after = doc[number.last + 2] if number.last + 2 < len(doc) else None
        # "44 педагога прошли курсы, восемь (впервые) аттестованы": the number is the subject of its predicate
        predicate = following if kind != "ADVB" else after
        is_predicate = predicate is not None and part_of_speech(predicate.text) in {"PRTS", "VERB"}
        if not (is_dash or is_adjective or is_predicate) or (is_dash and after is not None and after.like_num):
            return None  # "5-18 лет": a range, not a value
        is_part = True  # "из них 19 – по работе с детьми с ОВЗ": trained teachers too
    if indicator is None and is_part and holds_for_parts(previous.indicator, context):
        indicator = previous.indicator
    return _copy(previous, segment, meaning, subject, indicator)


def _copy(
    previous: Quantity,
    segment: Segment,
    meaning: NumberMeaning,
    subject: str,
    indicator: str | None,
    rule: str = "quantities.ellipsis",
) -> Quantity:
    """The quantity said before, with this number's value and what is said of it."""
    number = meaning.number
    return previous.model_copy(
        update={
            "value": number.value,
            "subject": subject,
            "subject_key": previous.subject_key if subject == previous.subject else key_of_text(subject),
            "qualifier": number.qualifier,
            "kind": meaning.kind,
            "year": meaning.year or previous.year,
            "previous": meaning.previous,
            "indicator": indicator,
            "evidence": segment.evidence(span=(number.start, number.stop)),
            "rule": rule,
            "confidence": 0.7,
        }
    )


def _colon_item(segment: Segment, previous: Quantity, first: int) -> str | None:
    """The label of an item "label — number" of a list after a colon that follows the quantity said
    before ("создано 120 новых мест: в МБОУ «СОШ № 2» — 60, в МБОУ «ООШ» — по 30"); None otherwise."""
    span = previous.evidence.span
    if span is None or not segment.start <= span.start < segment.start + len(segment.text):
        return None
    doc = segment.doc
    colon = next((token.i for token in reversed(doc[:first]) if token.text == ":"), None)
    if colon is None or any(token.text == ":" for token in doc[colon + 1 : first]):
        return None
    lead_end = next((token.i for token in doc if token.idx >= span.end - segment.start), first)
    if lead_end > colon and not any(token.text in DASHES for token in doc[colon:lead_end]):
        return None  # the quantity before is not the lead nor an item of this list
    dash = first - 1
    if dash > colon and doc[dash].lower_ == "по":
        dash -= 1  # "— по 30": as many in each
    if dash <= colon or doc[dash].text not in DASHES:
        return None
    start = next((token.i + 1 for token in reversed(doc[colon:dash]) if token.text in {",", ";", ":"}), colon + 1)
    numbered = {token.i for token in doc[start:dash] if token.i > 0 and doc[token.i - 1].text in {"№", "N"}}
    if start >= dash or any(token.like_num and token.i not in numbered for token in doc[start:dash]):
        return None
    return doc[start:dash].text.strip()


def _breakdown_clause(segment: Segment, previous: Quantity, first: int, context: ExtractionContext) -> str | None:
    """The words of a clause the bare number ends, when it breaks down the quantity said before it in
    the sentence ("…, из них использовано для записи на программы 3 177,"): a breakdown phrase stands
    between them, and no other number; None otherwise."""
    span = previous.evidence.span
    if span is None or not segment.start <= span.start < segment.start + len(segment.text):
        return None
    doc = segment.doc
    after_previous = next((token.i for token in doc if token.idx >= span.end - segment.start), first)
    breakdowns = [
        (start, stop) for start, stop in cue_tokens(segment, context, "breakdown") if after_previous <= start < first
    ]
    if not breakdowns or any(token.like_num for token in doc[breakdowns[-1][0] : first]):
        return None
    return doc[breakdowns[-1][1] : first].text.strip(" ,–—")


def _parallel_bare(segment: Segment, meaning: NumberMeaning, quantity: Quantity, previous: Quantity) -> bool:
    """A bare number after a dash ending its item ("отсутствие оценочных материалов – 6;") in a list
    whose item before it gave its number a unit noun the same way ("… результатов – 9 случаев;")."""
    doc = segment.doc
    number = meaning.number
    if quantity.rule != "quantities.predicate" or previous.rule not in {
        "quantities.before_noun",
        "quantities.parallel",
    }:
        return False
    if number.first == 0 or doc[number.first - 1].text not in DASHES:
        return False
    following = doc[number.last + 1].text if number.last + 1 < len(doc) else "."
    if following not in {";", ".", ","}:
        return False
    span = previous.evidence.span
    if span is None:
        return False
    before = segment.text[: span.start - segment.start].rstrip()
    return before.endswith(tuple(DASHES)) and ";" in segment.text[span.end - segment.start : number.start]


def _clause_range(segment: Segment, first: int, end: int, context: ExtractionContext) -> tuple[int, int]:
    """The clause around tokens [first, end): back to ``;`` / ``:`` (or the sentence start), on to the
    next of them, the end, or a breakdown after the value ("214 педагогов, из них 61 прошёл повышение
    квалификации": the words after "из них" describe the part): the words an indicator is read from."""
    doc = segment.doc
    breaks = {";", ":"}
    start = first
    while start > 0 and doc[start - 1].text not in breaks:
        start -= 1
    stop = end
    while stop < len(doc) and doc[stop].text not in breaks | {"."}:
        stop += 1
    breakdowns = [begin for begin, _ in cue_tokens(segment, context, "breakdown") if end <= begin < stop]
    return start, min([stop, *breakdowns])


def _is_part_or_place(segment: Segment, first: int, context: ExtractionContext) -> bool:
    """A number that is not a whole-municipality figure: a part of a breakdown ("в их числе три
    организации") or a place ("в 14 школах"); the base of a partitive is a whole ("из 6 412 детей в
    возрасте от 5 до 18 лет …")."""
    doc = segment.doc
    before = doc[first - 1].lower_ if first > 0 else ""
    if before in context.rules.numbers.place_before_number:
        return True
    return any(start < first for start, _ in cue_tokens(segment, context, "breakdown"))


_ABBREVIATION = re.compile(r"[А-Яа-яЁё]+\.?")


def stated_unit(texts: list[str], context: ExtractionContext) -> tuple[str | None, float]:
    """A unit abbreviation and scale written in a table's unit cell, header or caption ("чел.",
    "тыс. руб."): (unit, scale)."""
    abbreviations = context.rules.units.abbreviations
    scales = context.rules.units.scale_words
    full_units = context.rules.unit_names
    for text in texts:
        prefix = sub_row_prefix(text, context)
        text = text[len(prefix) :] if prefix is not None else text  # "в т.ч. по сертификатам": no "ч." (hours)
        scale = 1.0
        unit = None
        after_scale = False
        listed: set[str] = set()
        for match in _ABBREVIATION.finditer(text):
            word = match.group()
            bare = word.lower()
            scaled = after_scale
            after_scale = bare in scales or bare.rstrip(".") in scales
            if after_scale:
                scale = float(scales.get(bare) or scales[bare.rstrip(".")])
            expanded = abbreviations.get(word) or abbreviations.get(bare) or abbreviations.get(bare.rstrip("."))
            # "(тыс. рублей)", "Сумма, рублей": the unit written in full, set apart as a unit is —
            # not a noun of the title ("в разрезе организаций")
            set_apart = scaled or text[: match.start()].rstrip().endswith((",", "("))
            if expanded is None and not bare.endswith(".") and set_apart and lemma(bare) in full_units:
                expanded = lemma(bare)
            if expanded:
                listed.add(expanded)
            if expanded and expanded not in context.rules.units.generic_units:
                unit = expanded
        if len(listed) > 1 and scale == 1.0:
            continue  # "Значение (ед., чел., %)": the units a column may hold, each row its own
        if unit is not None:
            return unit, scale
    return None, 1.0


def _measure_unit(cell: TableCell, context: ExtractionContext) -> str:
    """The counted noun of a row's indicator name, or of a measure column's lowest header (not of
    the group title above it nor of the row's entity: ``Контингент / Сертификатов, шт.`` counts
    certificates)."""
    if cell.is_entity or cell.is_total:
        unit = label_unit(cell.column_leaf, cell.unit, context)
        if unit:
            return unit
    counted_by_column = _counted_noun(cell.column_header, context)
    if counted_by_column in context.rules.unit_names and _counted_noun(cell.subject, context) is None:
        # "Мероприятие | Число участников": a row names an event, its column what is counted at it
        return counted_by_column
    return label_unit(cell.subject, cell.unit, context)


def _counted_noun(subject: str, context: ExtractionContext) -> str | None:
    """The noun after "количество / число / численность" in a row or column name."""
    words = re.findall(r"[А-Яа-яЁё]+", subject)
    counts = {word.lower() for word in context.rules.numbers.count_nouns}
    for index, word in enumerate(words[:-1]):
        if lemma(word.lower()) in counts:
            following = words[index + 1]
            found = parses(following.lower())
            if found and found[0].tag.POS == "NOUN":
                return lemma(following.lower())
    return None


def _table_quantity(segment: Segment, cell: TableCell, context: ExtractionContext) -> Quantity:
    stated, scale = stated_unit(cell.unit_texts, context)
    counted_noun = _counted_noun(cell.subject, context)
    if not counted_noun and cell.parent_text:
        counted_noun = _counted_noun(cell.parent_text, context)  # "из них негосударственных" under "Число организаций"
    leaf = cell.column_leaf
    if (cell.is_entity or cell.is_total) and leaf != cell.column_header:
        # "Количество программ и обучающихся / 2025 год / детей*": the lowest header's noun ("всего,
        # чел." names none: "чел." is the unit)
        noun = label_unit(leaf, None, context)
        abbreviations = context.rules.units.abbreviations
        if noun in context.rules.units.generic_units and cell.column_header.endswith(leaf):
            # "Сертификаты ПФДО / Кол-во, шт.": pieces of what the title over the column names
            noun = label_unit(cell.column_header[: -len(leaf)], None, context)
        if noun and noun not in abbreviations and f"{noun}." not in abbreviations:
            counted_noun = noun
    # "Численность детей 5–18 лет, чел.": the counted noun (ребёнок) says more than the unit (человек);
    # "Число зачислений, чел." counts people all the same (the noun is no person)
    if counted_noun and (stated is None or (stated in context.rules.units.person_units and names_people(counted_noun))):
        unit = counted_noun
    else:
        unit = stated or _measure_unit(cell, context)
    unit = context.rules.units.synonyms.get(unit, unit)
    return Quantity(
        value=round(cell.value * scale, 6),
        unit=unit,
        subject=cell.subject,
        subject_key=key_of_text(cell.subject),
        indicator=_table_indicator(cell, unit, context),
        kind=cell.kind or ("target" if context.is_plan else "actual"),
        year=cell.year,
        previous=_scaled(cell.previous, scale),
        evidence=segment.evidence(span=cell.figure_span or (0, len(segment.text))),
        rule="quantities.table",
        qualifier=cell.qualifier,
        confidence=0.75,
    )


def _table_indicator(cell: TableCell, unit: str, context: ExtractionContext) -> str | None:
    indicator = indicator_for(None, cell.subject, "quantity", context, unit)
    return None if cell.is_entity and not holds_for_parts(indicator, context) else indicator


def _scaled(previous: PreviousValue | None, scale: float) -> PreviousValue | None:
    if previous is None or scale == 1.0:
        return previous
    value = round(float(previous.value) * scale, 6)
    return PreviousValue(value=int(value) if value.is_integer() else value, year=previous.year)
