"""Numbers in a segment and what they count; shared by program counts, quantities and
percentages.

Recognized: digits (``191``), thousands with spaces (``2 780``), decimal commas (``74,15``),
case endings (``17-ти``), scale words (``2,2 тысячи``), number words (``четыре``, ``трех``,
``двадцать пять``), approximators before the number (``не менее``, ``более``, ``около``)
and ``N и более``. Numbers inside dates, after ``№``, in URLs and list labels are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from mocparse.extract.base import ExtractionContext
from mocparse.nlp import Segment
from mocparse.nlp.morph import parses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DIGITS = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^\d+[,.]\d+$")
_SUFFIXED = re.compile(r"^(\d+)-(?:ти|ми|х|и|ью|ех|ёх|ух|мя|ям|ём)$")
_GROUP = re.compile(r"^\d{3}$")
_NUMBER_SIGNS = {"№", "N", "No", "no", "#"}
_PREDICATE_LEMMAS = {
    "составлять",
    "составить",
    "быть",
    "насчитываться",
    "стать",
    "достигнуть",
    "достичь",
    "—",
    "–",
    "-",
    ":",
    "=",
}
_PREDICATE_WITH_COUNT_NOUN = {"до"}  # "увеличить число сертификатов до 7 000"
_COUNT_NOUNS = {"количество", "число", "численность"}
_MODIFIER_POS = {"ADJF", "PRTF", "ADVB", "NUMR", "PRCL"}


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a segment: value, token range [first, last], local char span."""

    value: float
    first: int
    last: int
    start: int
    stop: int
    qualifier: str | None = None
    is_word: bool = False

    @property
    def is_integer(self) -> bool:
        """True for whole numbers."""
        return float(self.value).is_integer()


@dataclass(frozen=True, slots=True)
class Counted:
    """What a number counts: the head noun token and how it was found."""

    number: NumberMention
    head: int | None
    unit: str | None
    is_program: bool
    how: str


def _is_excluded(segment: Segment, token: Token, context: ExtractionContext) -> bool:
    absolute = segment.start + token.idx
    if context.is_claimed(absolute, absolute + len(token.text), "dates", "legal_acts"):
        return True
    if token.like_url or "/" in token.text or "_" in token.text:
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return previous is not None and (previous.text in _NUMBER_SIGNS or previous.text.startswith("№"))


def find_numbers(segment: Segment, context: ExtractionContext) -> list[NumberMention]:
    """Every number of a segment with its qualifier."""
    doc = segment.doc
    words = context.rules.units.number_words
    scales = context.rules.units.scale_words
    mentions: list[NumberMention] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        value: float | None = None
        last = index
        is_word = False
        text = token.text
        if _DIGITS.match(text) or _DECIMAL.match(text) or _SUFFIXED.match(text):
            if _is_excluded(segment, token, context):
                index += 1
                continue
            suffixed = _SUFFIXED.match(text)
            value = float(suffixed.group(1)) if suffixed else float(text.replace(",", "."))
            # thousands separated by single spaces: "2 780", "10 054"
            while (
                _DIGITS.match(doc[last].text)
                and len(doc[last].text) <= 3
                and doc[last].whitespace_ == " "
                and last + 1 < len(doc)
                and _GROUP.match(doc[last + 1].text)
            ):
                value = value * 1000 + float(doc[last + 1].text)
                last += 1
        elif token.lemma_ in words and _is_counting(token):
            value = float(words[token.lemma_])
            is_word = True
            while last + 1 < len(doc) and doc[last + 1].lemma_ in words:
                value += words[doc[last + 1].lemma_]
                last += 1
        if value is None:
            index += 1
            continue
        if last + 1 < len(doc) and doc[last + 1].lemma_ in scales:
            value *= scales[doc[last + 1].lemma_]
            last += 1
        qualifier = _qualifier_before(segment, token, context) or _and_more_after(doc, last)
        mentions.append(
            NumberMention(
                value=value,
                first=index,
                last=last,
                start=token.idx,
                stop=doc[last].idx + len(doc[last].text),
                qualifier=qualifier,
                is_word=is_word,
            )
        )
        index = last + 1
    return mentions


def _is_counting(token: Token) -> bool:
    """A number word counts when a word follows it; "один" is a determiner more often than a
    count ("одного ребенка на несколько программ"), so only digits count ones."""
    if token.i + 1 >= len(token.doc) or not token.nbor(1).is_alpha or token.lemma_ == "один":
        return False
    return not (token.lemma_ == "один" and token.nbor(1).lower_ == "из")


def _qualifier_before(segment: Segment, token: Token, context: ExtractionContext) -> str | None:
    before = segment.text[max(0, token.idx - 14) : token.idx].lower()
    for qualifier, pattern in _qualifier_patterns(tuple(context.rules.units.qualifiers)):
        if pattern.search(before):
            return qualifier
    return None


@cache
def _qualifier_patterns(qualifiers: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each qualifier (longest first) with its pattern, compiled once instead of for every number."""
    return tuple(
        (qualifier, re.compile(rf"(?:^|\s){re.escape(qualifier)}\s+$"))
        for qualifier in sorted(qualifiers, key=len, reverse=True)
    )


def _and_more_after(doc: Doc, last: int) -> str | None:
    if last + 2 < len(doc) and doc[last + 1].lower_ == "и" and doc[last + 2].lower_ == "более":
        return "не менее"
    return None


def _is_noun(token: Token, right_after_number: bool = False) -> bool:
    """A noun token; right after a number any noun reading counts ("шести сел", not "сел" the verb)."""
    text = token.text
    if len(text) > 1 and text.isupper() and text.isalpha():
        return True
    found = parses(text)
    if not found:
        return False
    if found[0].tag.POS == "NOUN":
        return True
    return right_after_number and any(
        parse.tag.POS == "NOUN" and parse.tag.number == "plur" and parse.tag.case == "gent" and parse.score >= 0.05
        for parse in found
    )


def _is_modifier(token: Token) -> bool:
    if token.lower_ in {"и", "более", "менее"}:
        return True
    found = parses(token.text)
    return bool(found) and found[0].tag.POS in _MODIFIER_POS


def _substantive_unit(token: Token) -> str | None:
    """``обучающихся`` -> ``обучающийся``: a participle or adjective used as a noun after a number."""
    for parse in parses(token.text):
        if parse.tag.POS in {"PRTF", "ADJF"} and parse.tag.number == "plur" and parse.tag.case in {"gent", "nomn"}:
            inflected = parse.inflect({"nomn", "sing", "masc"})
            return inflected.word if inflected is not None else None
    return None


def _skip_bracket(doc: Doc, position: int) -> int:
    """Skip a bracketed aside right after a number ("2 473 (42%) обучающихся")."""
    if position < len(doc) and doc[position].text == "(":
        for index in range(position + 1, min(position + 8, len(doc))):
            if doc[index].text == ")":
                return index + 1
    return position


def unit_of(token: Token, context: ExtractionContext) -> str:
    """The unit a noun token names: an abbreviation's expansion or the noun's lemma."""
    abbreviations = context.rules.units.abbreviations
    expanded = abbreviations.get(token.text) or abbreviations.get(token.text.rstrip("."))
    if expanded:
        return expanded
    found = parses(token.text)
    if found and found[0].tag.POS != "NOUN":
        noun = next((parse for parse in found if parse.tag.POS == "NOUN"), None)
        if noun is not None:
            return noun.normal_form  # "шести сел": the village, not the verb
    return token.lemma_


def counted(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    """What ``number`` counts, or None when it is not a count (an age, a list number ...)."""
    doc = segment.doc
    program_nouns = context.rules.program_noun_lemmas
    not_units = set(context.rules.units.not_units)
    # "и более" after the number belongs to the qualifier
    position = number.last + 1
    if number.qualifier == "не менее" and position + 1 < len(doc) and doc[position].lower_ == "и":
        position += 2
    # (a) the number stands before its noun: "20 разноуровневых программ", "2 780 человек"
    abbreviations = context.rules.units.abbreviations
    position = _skip_bracket(doc, position)
    last_modifier = None
    for index in range(position, min(position + 7, len(doc))):
        token = doc[index]
        following = doc[index + 1].text if index + 1 < len(doc) else ""
        if token.text in abbreviations or (following == "." and f"{token.text}." in abbreviations):
            unit = abbreviations.get(token.text) or abbreviations[f"{token.text}."]
            return Counted(number, index, unit, unit in program_nouns, "before_noun")
        if token.is_punct or token.like_num:
            break
        if _is_noun(token, right_after_number=index == position or last_modifier is not None):
            unit = unit_of(token, context)
            if unit in not_units or token.lemma_ in not_units:
                return None
            return Counted(
                number, index, unit, token.lemma_ in program_nouns or token.text in program_nouns, "before_noun"
            )
        if token.lower_ == "из" and index == position and index + 2 < len(doc) and doc[index + 1].like_num:
            # "5 553 из 7 345 детей": the part has the unit of the whole
            for follower in range(index + 2, min(index + 6, len(doc))):
                if _is_noun(doc[follower], right_after_number=True):
                    unit = unit_of(doc[follower], context)
                    if unit in not_units:
                        return None
                    return Counted(number, follower, unit, doc[follower].lemma_ in program_nouns, "part_of_whole")
            break
        if not _is_modifier(token):
            break
        last_modifier = index
    if last_modifier is not None:
        unit = _substantive_unit(doc[last_modifier])
        if unit is not None:
            return Counted(number, last_modifier, unit, False, "before_noun")
    # (b) "(47)" after a noun: "консультации (47)"
    if (
        number.first > 0
        and doc[number.first - 1].text == "("
        and number.last + 1 < len(doc)
        and doc[number.last + 1].text == ")"
    ):
        head = _clause_head(segment, number.first - 1, context)
        if head is not None:
            return _counted_head(number, head, doc, context, "bracketed")
    # (c) the number is a predicate: "программ в сетевой форме – 8", "количество ... составило 2558"
    previous = doc[number.first - 1] if number.first > 0 else None
    if previous is not None and previous.lemma_ in _PREDICATE_LEMMAS | _PREDICATE_WITH_COUNT_NOUN:
        head = _clause_head(
            segment, number.first - 1, context, need_count_noun=previous.lemma_ in _PREDICATE_WITH_COUNT_NOUN
        )
        if head is not None:
            return _counted_head(number, head, doc, context, "predicate")
    # (d) "(с 22 до 31)" right after a noun phrase: the bracket compares the noun's counts
    if (
        previous is not None
        and previous.lower_ == "до"
        and number.last + 1 < len(doc)
        and doc[number.last + 1].text == ")"
    ):
        opening = next((i for i in range(number.first - 1, max(-1, number.first - 8), -1) if doc[i].text == "("), None)
        if opening is not None and opening > 0:
            head = _clause_head(segment, opening, context)
            if head is not None:
                return _counted_head(number, head, doc, context, "bracketed_change")
    return None


def _counted_head(number: NumberMention, head: int, doc: Doc, context: ExtractionContext, how: str) -> Counted | None:
    token = doc[head]
    unit = unit_of(token, context)
    if unit in set(context.rules.units.not_units):
        return None
    is_program = token.lemma_ in context.rules.program_noun_lemmas or token.text in context.rules.program_noun_lemmas
    return Counted(number, head, unit, is_program, how)


_CLAUSE_BREAKS = {";", ":", "(", ")", "•"}
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d")


def _is_change_start(doc: Doc, index: int) -> bool:
    """The X of "с X до Y" / "со X до Y": part of the change phrase, not another count."""
    return index > 0 and doc[index - 1].lower_ in {"с", "со"} and index + 1 < len(doc) and doc[index + 1].lower_ == "до"


def _is_count_number(token: Token) -> bool:
    """A number that could be another count (years do not end a clause)."""
    return token.like_num and not _YEAR_TOKEN.match(token.text)


def _clause_head(
    segment: Segment, before: int, context: ExtractionContext, need_count_noun: bool = False
) -> int | None:
    """The counted noun of the clause ending at token ``before``: the noun after
    'количество/число' when present, else the clause's first program noun, else its first noun."""
    doc = segment.doc
    start = before
    while start > 0 and (not _is_count_number(doc[start - 1]) or _is_change_start(doc, start - 1)):
        previous = doc[start - 1].text
        if previous == ")":
            opening = next((i for i in range(start - 2, -1, -1) if doc[i].text == "("), None)
            if opening is None:
                break
            start = opening  # a bracketed aside ("(ЛОК)") stays inside the clause
            continue
        if previous in _CLAUSE_BREAKS:
            break
        if previous == "," and not any(doc[i].lemma_ in _COUNT_NOUNS for i in range(0, start - 1)):
            break
        start -= 1
    tokens = range(start, before)
    for index in tokens:
        if doc[index].lemma_ in _COUNT_NOUNS:
            for follower in range(index + 1, before):
                if _is_noun(doc[follower]):
                    return follower
    if need_count_noun:
        return None
    program_nouns = context.rules.program_noun_lemmas
    for index in tokens:
        if doc[index].lemma_ in program_nouns:
            return index
    for index in tokens:
        if _is_noun(doc[index]) and doc[index].lemma_ not in {"таков", "такой"}:
            return index
    return None
