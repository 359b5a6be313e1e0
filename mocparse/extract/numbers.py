"""Numbers in a segment and what they count; shared by program counts, quantities and percentages.

Recognized: digits (``191``), thousands with spaces (``2 780``, ``12 345,6``), decimal commas
(``74,15``), case endings (``17-ти``), scale words (``2,2 тысячи``, ``37 тыс.``, ``4 870,5 тыс.``),
number words (``четыре``, ``трех``, ``двадцать пять``), approximators before the number
(``не менее``, ``более``, ``около``) and ``N и более``. Numbers inside dates and cited acts, after
``№``, in URLs and codes are skipped. The numbers of a segment are found once and kept in the
segment's cache for every family that reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from mocparse.extract.base import ExtractionContext
from mocparse.extract.dimensions import dimension_cues
from mocparse.nlp import Segment
from mocparse.nlp.annotate import token_lists
from mocparse.nlp.morph import has_reading, parses, substantive_participle
from mocparse.rules import match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DIGITS = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^\d+[,.]\d+$")
_SIGNED = re.compile(r"^[+−-]\d+(?:[,.]\d+)?$")
_SUFFIXED = re.compile(r"^(\d+)-(?:ти|ми|х|и|ью|ех|ёх|ух|мя|ям|ём)$")
_GROUP = re.compile(r"^\d{3}(?:[,.]\d+)?$")
_SHARE_RANGE = re.compile(r"^(\d{1,3}(?:,\d+)?)[–—](\d{1,3}(?:,\d+)?)$")
"""Two shares joined by a dash in one token ("52–58" before "%"): both ends are values."""
_NUMBER_SIGNS = {"№", "N", "No", "no", "#"}
_MODIFIER_POS = {"ADJF", "PRTF", "ADVB", "NUMR", "PRCL"}
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a segment: value, token range [first, last], local char span [start, stop)."""

    value: float
    first: int
    last: int
    start: int
    stop: int
    qualifier: str | None = None
    is_word: bool = False
    signed: bool = False
    """Written with a sign: "+3,4", "-15,30"."""
    scaled: bool = False
    """Multiplied by a scale word ("тыс.", "млн")."""

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
    if any(start <= token.idx < stop for start, stop in _phones(segment)):
        return True  # "тел./факс (48546) 2-10-55", "8 (81838) 6-14-72"
    if _CLOCK.fullmatch(token.text) and _near_clock(token):
        return True  # "14.00 – 16.30", "в 10:00"
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is None:
        return False
    if previous.text in _NUMBER_SIGNS or previous.text.startswith("№"):
        return True
    # codes: "101.1/01-05", "ТВ-45" — a number glued to letters by a hyphen
    return previous.whitespace_ == "" and previous.text.endswith("-") and previous.text[:-1].isalpha()


_PHONE = re.compile(r"(?:\+7|\b8)?[\s-]*\(\d{3,5}\)[\s-]*\d{1,3}(?:-\d{2}){1,2}\b|\b\d{1,3}-\d{2}-\d{2}\b")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def _phones(segment: Segment) -> list[tuple[int, int]]:
    """Character ranges of phone numbers in the segment (cached)."""
    found: list[tuple[int, int]] | None = segment.cache.get("phones")
    if found is None:
        found = segment.cache["phones"] = [match.span() for match in _PHONE.finditer(segment.text)]
    return found


def _near_clock(token: Token) -> bool:
    """A time of day: in a range of two times or after "в", "с", "до" ("с 10.00 до 12.00")."""
    doc = token.doc
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if previous in {"в", "с", "до", "по"}:
        return True
    following = doc[token.i + 2] if token.i + 2 < len(doc) else None
    dash = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return dash in {"-", "–", "—"} and following is not None and _CLOCK.fullmatch(following.text) is not None


def _number_value(text: str) -> float:
    return float(text.replace(",", ".").replace("−", "-"))


_DIGIT = re.compile(r"\d")


def find_numbers(segment: Segment, context: ExtractionContext) -> list[NumberMention]:
    """Every number of a segment with its qualifier (computed once per segment)."""
    cached: list[NumberMention] | None = segment.cache.get("numbers")
    if cached is None:
        cached = segment.cache["numbers"] = _find_numbers(segment, context)
    return cached


def _find_numbers(segment: Segment, context: ExtractionContext) -> list[NumberMention]:
    doc = segment.doc
    words = context.rules.language.number_words
    number_nouns = context.rules.language.number_nouns
    scales = context.rules.units.scale_words
    mentions: list[NumberMention] = []
    lemmas, lowers = token_lists(doc)
    if (
        _DIGIT.search(segment.text) is None
        and words.keys().isdisjoint(lemmas)
        and number_nouns.keys().isdisjoint(lemmas)
    ):
        return mentions
    index = 0
    while index < len(doc):
        if lemmas[index] not in words and lemmas[index] not in number_nouns and _DIGIT.search(lowers[index]) is None:
            index += 1  # most tokens: no Token object needed
            continue
        token = doc[index]
        value: float | None = None
        last = index
        is_word = signed = scaled = False
        text = token.text
        share_range = _SHARE_RANGE.match(text)
        if share_range and index + 1 < len(doc) and doc[index + 1].text == "%":
            for group in (1, 2):  # "охват здесь составляет 52–58 %": 52 % and 58 %
                mentions.append(
                    NumberMention(
                        value=_number_value(share_range.group(group)),
                        first=index,
                        last=index,
                        start=token.idx + share_range.start(group),
                        stop=token.idx + share_range.end(group),
                    )
                )
            index += 1
            continue
        if _DIGITS.match(text) or _DECIMAL.match(text) or _SUFFIXED.match(text) or _SIGNED.match(text):
            if _is_excluded(segment, token, context):
                index += 1
                continue
            suffixed = _SUFFIXED.match(text)
            signed = bool(_SIGNED.match(text))
            value = float(suffixed.group(1)) if suffixed else _number_value(text)
            # thousands separated by single spaces: "2 780", "10 054", "12 345,6"
            while (
                _DIGITS.match(doc[last].text)
                and len(doc[last].text) <= 3
                and doc[last].whitespace_ in {" ", "\u00a0", "\u202f"}
                and last + 1 < len(doc)
                and _GROUP.match(doc[last + 1].text)
                and (last > index or not signed)
            ):
                value = value * 1000 + _number_value(doc[last + 1].text)
                last += 1
                if not _DIGITS.match(doc[last].text):
                    break  # the decimal part ends the number
        elif token.lemma_ in words and _is_counting(token, context):
            value, last, scaled = _worded_number(doc, index, context)
            is_word = True
        elif token.lemma_ in number_nouns and _is_counting(token, context):
            value, is_word = float(number_nouns[token.lemma_]), True  # "десяток программ", "полусотни"
        if value is None:
            index += 1
            continue
        scale_token = doc[last + 1] if last + 1 < len(doc) else None
        if scaled:
            pass  # "шесть тысяч пятьсот двадцать семь": the scale is inside the number
        elif scale_token is not None and (scale_token.lemma_ in scales or scale_token.lower_ in scales):
            value *= scales.get(scale_token.lemma_) or scales[scale_token.lower_]
            last += 1
            scaled = True
        elif scale_token is not None and (glued := glued_scale(scale_token.lower_, context)) is not None:
            value *= glued[0]  # "40 912,3 тыс.руб.": the scale glued to the unit; the unit stays
            scaled = True
        qualifier = _qualifier_before(segment, token, context) or _and_more_after(doc, last)
        mentions.append(
            NumberMention(
                value=round(value, 6),
                first=index,
                last=last,
                start=token.idx,
                stop=doc[last].idx + len(doc[last].text),
                qualifier=qualifier,
                is_word=is_word,
                signed=signed,
                scaled=scaled,
            )
        )
        index = last + 1
    return mentions


def glued_scale(text: str, context: ExtractionContext) -> tuple[float, str] | None:
    """A scale word glued to a unit's abbreviation ("тыс.руб.", "млн.руб"): the scale's factor and the
    unit the abbreviation stands for."""
    head, dot, rest = text.partition(".")
    factor = context.rules.units.scale_words.get(f"{head}.") if dot and rest else None
    abbreviations = context.rules.units.abbreviations
    unit = abbreviations.get(rest) or abbreviations.get(rest.rstrip(".")) or abbreviations.get(f"{rest}.")
    return (factor, unit) if factor is not None and unit is not None else None


def _worded_number(doc: Doc, index: int, context: ExtractionContext) -> tuple[float, int, bool]:
    """The value of a number in words from token ``index``, its last token, and whether a scale word
    is inside it: "двести четырнадцать", "шесть тысяч пятьсот двадцать семь", "одиннадцать миллионов
    четыреста тысяч", "семьдесят девять и три десятых", "два с половиной" (rules/language.yaml)."""
    language = context.rules.language
    words = language.number_words
    scales = {**language.number_scale_words, **language.number_nouns}  # "две сотни", "два десятка"

    def run(position: int) -> tuple[float, int]:
        value = float(words[doc[position].lemma_])
        part = value
        while position + 1 < len(doc) and doc[position + 1].lemma_ in words:
            following = words[doc[position + 1].lemma_]
            if _order(following) >= _order(part):
                break  # "из этих двухсот сорока семи шестьдесят две": units, then tens — a new number
            value += following
            part = following
            position += 1
        return value, position

    value, last = run(index)
    total, scaled = 0.0, False
    while last + 1 < len(doc) and doc[last + 1].lemma_ in scales:
        total += value * scales[doc[last + 1].lemma_]
        last += 1
        scaled = True
        if last + 1 < len(doc) and doc[last + 1].lemma_ in words:
            value, last = run(last + 1)
        else:
            value = 0.0
            break
    value += total
    fractions = language.fraction_words
    if (
        last + 3 < len(doc)
        and doc[last + 1].lower_ == "и"
        and doc[last + 2].lemma_ in words
        and doc[last + 3].lemma_ in fractions
    ):  # "семьдесят девять и три десятых"
        value += words[doc[last + 2].lemma_] / fractions[doc[last + 3].lemma_]
        last += 3
    elif last + 2 < len(doc) and doc[last + 1].lower_ == "с" and doc[last + 2].lemma_ in language.half_words:
        value += 0.5  # "два с половиной"
        last += 2
    return value, last, scaled


def _order(value: float) -> int:
    """The order of a number word's value: 1 for units and teens, 2 for tens, 3 for hundreds."""
    return 1 if value < 20 else 2 if value < 100 else 3


def _is_counting(token: Token, context: ExtractionContext) -> bool:
    """A number word counts when a word follows it; "один" is a determiner more often than a
    count ("одного ребенка на несколько программ"), so only digits count ones. A number word at
    the end of a clause counts too ("программ стало пять")."""
    if token.lemma_ == "один":
        return _closes_enumeration(token) or _counts_subject(token, context)
    if token.i + 1 >= len(token.doc):
        return token.i > 0
    following = token.nbor(1)
    return following.is_alpha or following.text in {".", ",", ";", ":", "!", "?", ")", "(", "–", "—"}


def qualifier_start(doc: Doc, number: NumberMention) -> int:
    """The first token of a number's qualifier written right before it ("не менее 5"), else the
    number's own first token."""
    words = number.qualifier.split() if number.qualifier else []
    first = number.first - len(words)
    if not words or first < 0 or [token.lower_ for token in doc[first : number.first]] != words:
        return number.first
    return first


def _before_qualifier(doc: Doc, number: NumberMention) -> Token | None:
    """The token before a number's qualifier written right before it ("— не менее 5" → "—")."""
    first = qualifier_start(doc, number)
    return doc[first - 1] if 0 < first < number.first else None


def _counts_subject(token: Token, context: ExtractionContext) -> bool:
    """ "один" opening a clause as the subject, before its noun and the noun's predicate, counts:
    "…: одна программа возвращена на доработку", "Одна организация не представила отчёт"."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].text not in {":", ",", ";", "–", "—", "(", "."}:
        return False
    if token.i + 2 >= len(doc) or not has_reading(token.text, "nomn"):
        return False
    noun = doc[token.i + 1]
    if not has_reading(noun.text, "nomn", "NOUN"):
        return False
    predicate = doc[token.i + 2 : min(len(doc), token.i + 5)]
    if any(other.lemma_ in context.rules.numbers.generic_verbs for other in predicate):
        return False  # "один ребёнок может заниматься по двум программам": a rule, not a count
    return any(has_reading(other.text, None, "VERB") or has_reading(other.text, None, "PRTS") for other in predicate)


def _closes_enumeration(token: Token) -> bool:
    """ "один" after "и" or a comma that ends a list of counts ("14 школ, 3 организации
    дополнительного образования и одна некоммерческая организация") counts."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ not in {"и", ","} or token.i + 1 >= len(doc):
        return False
    for other in reversed(doc[max(0, token.i - 15) : token.i - 1]):
        if other.text in {";", ":", "."}:
            return False
        if other.like_num and other.text[:1].isdigit() and other.i + 1 < len(doc) and doc[other.i + 1].is_alpha:
            return True
    return False


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
        (qualifier, re.compile(rf"(?:^|[\s(«\"]){re.escape(qualifier)}\s+$"))
        for qualifier in sorted(qualifiers, key=len, reverse=True)
    )


def _and_more_after(doc: Doc, last: int) -> str | None:
    if last + 2 < len(doc) and doc[last + 1].lower_ == "и" and doc[last + 2].lower_ == "более":
        return "не менее"
    return None


# --------------------------------------------------------------------------- cues of a segment


def segment_cues(segment: Segment, context: ExtractionContext) -> list[tuple[str, int, int]]:
    """Matches of rules/numbers.yaml in a segment: (list name, first token, end token), cached."""
    cached: list[tuple[str, int, int]] | None = segment.cache.get("number_cues")
    if cached is None:
        cached = segment.cache["number_cues"] = match_labels(context.rules.number_cues, segment.doc[:])
    return cached


def cue_tokens(segment: Segment, context: ExtractionContext, name: str) -> list[tuple[int, int]]:
    """(first token, end token) of every match of one cue list in the segment."""
    return [(start, stop) for label, start, stop in segment_cues(segment, context) if label == name]


def lemmas_of_list(context: ExtractionContext, name: str) -> frozenset[str]:
    """The single-word lemmas of a cue list of numbers.yaml (for token-by-token tests)."""
    return _single_lemmas(tuple(getattr(context.rules.numbers, name)))


def exact_words(context: ExtractionContext, name: str) -> frozenset[str]:
    """The exact forms ("=word") of a cue list of numbers.yaml, lower case."""
    return frozenset(word[1:].lower() for word in getattr(context.rules.numbers, name) if word.startswith("="))


@cache
def _single_lemmas(words: tuple[str, ...]) -> frozenset[str]:
    from mocparse.rules import lemmas_of

    found: set[str] = set()
    for word in words:
        lemmas = lemmas_of(word.lstrip("="))
        if len(lemmas) == 1:
            found.add(lemmas[0])
    return frozenset(found)


# --------------------------------------------------------------------------- what a number counts


def is_noun(token: Token, right_after_number: bool = False) -> bool:
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


_JOINING_WORDS = frozenset({"и", "более", "менее"})
"""Words that may stand inside a chain of modifiers ("технической и естественнонаучной")."""


def _is_modifier(token: Token) -> bool:
    if token.lower_ in _JOINING_WORDS:
        return True
    found = parses(token.text)
    return bool(found) and found[0].tag.POS in _MODIFIER_POS


def _modifies_next(token: Token, following: Token | None) -> bool:
    """A word that can be an adjective agreeing with the noun right after it ("рабочих дней")."""
    if following is None or not following.is_alpha:
        return False
    follower = [p for p in parses(following.text) if p.tag.POS == "NOUN" and p.score >= 0.1]
    if not follower:
        return False
    adjectives = [p for p in parses(token.text) if p.tag.POS in {"ADJF", "PRTF"}]
    return any(a.tag.case == n.tag.case and a.tag.number == n.tag.number for a in adjectives for n in follower)


def _is_rank(number: NumberMention, token: Token) -> bool:
    """ "2 место", "3 место": a number from 2 up with a noun in the nominative singular is a rank,
    not a count (a count says "2 места", "5 мест")."""
    value = int(number.value) if number.is_integer else 0
    if token.is_upper and len(token.text) > 1:
        return False  # "214 ДООП": an abbreviation in capitals does not decline
    if value < 2 or number.is_word or (value % 10 == 1 and value % 100 != 11):
        return False  # "31 соглашение", "21 программа": numbers ending in 1 take the nominative singular
    forms = [p for p in parses(token.text) if p.tag.POS == "NOUN" and p.score >= 0.1]
    return bool(forms) and all(p.tag.number == "sing" and p.tag.case in {"nomn", "accs"} for p in forms)


def skip_bracket(doc: Doc, position: int) -> int:
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
    compound = _compound_tail(token)
    if compound is not None:
        return f"{token.lemma_}-{compound}"  # "17 детей-инвалидов": ребёнок-инвалид
    return token.lemma_


def _compound_tail(token: Token) -> str | None:
    """The lemma of the second noun of a hyphenated compound written without spaces ("детей-инвалидов")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or token.whitespace_ or doc[token.i + 1].whitespace_:
        return None
    second = doc[token.i + 2]
    if not second.is_alpha or not any(parse.tag.POS == "NOUN" for parse in parses(second.text)[:1]):
        return None
    return str(second.lemma_)


def is_program_noun(token: Token, context: ExtractionContext) -> bool:
    """A noun that names a program (``программа``, ``ДООП``)."""
    nouns = context.rules.program_noun_lemmas
    if token.lemma_ not in nouns and token.text not in nouns:
        return False
    following = [other.lemma_ for other in token.doc[token.i + 1 : token.i + 4]]
    return not any(
        tuple(following[: len(phrase)]) == phrase for phrase in context.rules.not_program_complement_lemmas
    )  # not "курсы повышения квалификации"


def _names_with_number(previous: Token | None, head: int, number: NumberMention) -> bool:
    """A noun in the nominative singular right before the number, other than the counted head,
    names something with the number ("Допобразование 59", "Кванториум 2"): it counts nothing."""
    if previous is None or previous.i == head or not previous.text[:1].isupper():
        return False
    if after_preposition(previous.doc, previous.i):
        return False  # "внесено в Навигатор 47": a place, the number counts the head
    found = parses(previous.text)
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "nomn" and found[0].tag.number == "sing"


def after_preposition(doc: Doc, index: int) -> bool:
    """The token at ``index`` is governed by a preposition right before it ("из 21 организации")."""
    return index > 0 and any(parse.tag.POS == "PREP" for parse in parses(doc[index - 1].lower_)[:1])


def clause_mark_before(doc: Doc, position: int) -> int | None:
    """The nearest ``:`` or ``;`` before token ``position`` (None at the start of the sentence)."""
    return next((index for index in range(position - 1, -1, -1) if doc[index].text in {":", ";"}), None)


def points_to_sentence_before(segment: Segment, first: int, context: ExtractionContext) -> bool:
    """A pronoun in the sentence's opening words before token ``first`` stands for what the sentence
    before measured ("В 2026 году их число планируется довести до 70", "Сейчас их 61"), with no
    number but years before the value. The pronoun nearest the value counts: after a comma, colon or
    semicolon it stands for a noun of the same sentence ("… на сертифицированные программы, их
    сейчас 58")."""
    words = segment.doc[:first]
    doc = segment.doc
    # the start of the value's own change is no number of another thing: "Их число выросло с 6 до 8"
    change_from = {word.lower() for word in context.rules.calendar.range_from}
    starts_change = first > 0 and doc[first - 1].lower_ == "до"
    if any(
        token.like_num
        and not YEAR.fullmatch(token.text)
        and not (starts_change and token.i > 0 and doc[token.i - 1].lower_ in change_from)
        for token in words
    ):
        return False
    pronouns = exact_words(context, "pronouns")
    nearest = next((token.i for token in reversed(words) if token.lower_ in pronouns), None)
    opening = next((token.i for token in words if not token.is_punct), 0)  # "– На начало мая их …": a reply's dash
    return nearest is not None and not any(token.text in _INNER_BREAKS for token in words[opening:nearest])


YEAR = re.compile(r"(?:19|20)\d\d")
"""A number written as a year of this or the last century."""


def counted(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    """What ``number`` counts, or None when it is not a count (an age, a list number ...); a person's
    name is never what a number counts ("Автор: Анна Зубова · Просмотров: 1 274"). Computed once per
    number: the families and the meaning of numbers all ask."""
    known: dict[tuple[int, int], Counted | None] = segment.cache.setdefault("counted", {})
    key = (number.start, number.stop)
    if key not in known:
        found = _counted(segment, number, context)
        if found is not None and found.head is not None and _is_personal_name(segment.doc[found.head]):
            found = None
        known[key] = found
    return known[key]


DASHES = frozenset({"-", "–", "—"})
"""The dashes that join a range or set a value after its label."""
_INNER_BREAKS = frozenset({",", ":", ";", "(", *DASHES})
"""Marks after which a pronoun stands for a noun of its own sentence ("центры – их девять –",
"(в 2024 году их было пять)")."""


def _range_upper(segment: Segment, number: NumberMention, context: ExtractionContext) -> NumberMention | None:
    """The high end of a range whose low end is ``number``: "от 16 до 36", "16–36"."""
    doc = segment.doc
    between = number.last + 1
    if between + 1 >= len(doc):
        return None
    word = doc[between].lower_
    opened = number.first > 0 and doc[number.first - 1].lower_ == "от"
    if not ((word == "до" and opened) or word in DASHES):
        return None
    return next((other for other in find_numbers(segment, context) if other.first == between + 1), None)


def _plural_subject(token: Token) -> bool:
    """A noun a numeral cannot govern: in the nominative (or like it the accusative) plural and in no
    form of the genitive ("178 родители", "12 дети"; not "178 родителей", "3 программы")."""
    found = [parse for parse in parses(token.text.lower()) if parse.tag.POS == "NOUN"]
    return bool(found) and all(parse.tag.number == "plur" and parse.tag.case in {"nomn", "accs"} for parse in found)


def _is_personal_name(token: Token) -> bool:
    """A capitalized first name, surname or patronymic (not the first word of its sentence)."""
    return (
        token.i > 0
        and token.text[:1].isupper()
        and not token.text.isupper()
        and any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses(token.text)[:2])
    )


def _counted(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    doc = segment.doc
    not_units = set(context.rules.units.not_units)
    # "и более" after the number belongs to the qualifier
    position = number.last + 1
    if number.qualifier == "не менее" and position + 1 < len(doc) and doc[position].lower_ == "и":
        position += 2
    # (a0) the low end of a range counts what its high end does: "от 16 до 36 часов", "16-36 часов"
    upper = _range_upper(segment, number, context)
    if upper is not None:
        what = counted(segment, upper, context)
        return Counted(number, what.head, what.unit, what.is_program, "range") if what is not None else None
    # (a1) the second of a pair counts what the first does: "Сетевые программы, ед. — 18 / 16"
    if number.first >= 2 and doc[number.first - 1].text == "/" and doc[number.first - 2].like_num:
        first = next((other for other in find_numbers(segment, context) if other.last == number.first - 2), None)
        what = counted(segment, first, context) if first is not None else None
        if what is not None:
            return Counted(number, what.head, what.unit, what.is_program, "pair")
    # (a) the number stands before its noun: "20 разноуровневых программ", "2 780 человек"
    abbreviations = context.rules.units.abbreviations
    position = skip_bracket(doc, position)
    last_modifier = None
    for index in range(position, min(position + 7, len(doc))):
        token = doc[index]
        next_text = doc[index + 1].text if index + 1 < len(doc) else ""
        glued = glued_scale(token.lower_, context) if index == position else None
        if glued is not None:  # "тыс.руб.": the unit after the scale
            return Counted(number, index, glued[1], False, "before_noun")
        if token.text in abbreviations or (next_text == "." and f"{token.text}." in abbreviations):
            unit = abbreviations.get(token.text) or abbreviations[f"{token.text}."]
            if unit in context.rules.units.generic_units and index == position:
                # "выдано 1 964 сертификата (план – 1 880 шт.)": pieces of what the number before counts
                restated = _restated_in_bracket(segment, number, context)
                if restated is not None:
                    return restated
                # "Количество ДООП … выросло с 378 до 412 ед.": units of what the clause counts
                head = clause_head(segment, number.first, context)
                if head is not None and is_program_noun(doc[head], context):
                    return Counted(number, head, context.rules.program_unit, True, "before_noun")
            return Counted(number, index, unit, unit in context.rules.program_noun_lemmas, "before_noun")
        if token.is_punct or token.like_num or not any(char.isalnum() for char in token.text):
            break  # "Просмотров: 1 274 · Анна Зубова": a separator ends the number's phrase
        if is_noun(token, right_after_number=index == position or last_modifier is not None):
            if _modifies_next(token, doc[index + 1] if index + 1 < len(doc) else None):
                last_modifier = index  # "5 рабочих дней": "рабочих" describes the noun after it
                continue
            if _plural_subject(token):
                # "остальные 178 родители пока не применили": a numeral takes "родителей"; "родители"
                # is the subject of the next clause, not what 178 counts
                last_modifier = None
                break
            unit = unit_of(token, context)
            if unit in not_units or token.lemma_ in not_units or _is_rank(number, token):
                return None
            return Counted(number, index, unit, is_program_noun(token, context), "before_noun")
        if token.lower_ == "из" and index == position and index + 2 < len(doc) and doc[index + 1].like_num:
            # "5 553 из 7 345 детей": the part has the unit of the whole
            for follower in range(index + 2, min(index + 6, len(doc))):
                if doc[follower].is_punct:
                    break  # "41,2 из 50 возможных; год назад …": the whole's phrase ends there
                if is_noun(doc[follower], right_after_number=True):
                    unit = unit_of(doc[follower], context)
                    if unit in not_units:
                        return None
                    return Counted(number, follower, unit, is_program_noun(doc[follower], context), "part_of_whole")
            break
        if not _is_modifier(token):
            break
        if token.lower_ not in _JOINING_WORDS:  # "обучающихся и 270 педагогов": the participle, not "и"
            last_modifier = index
    if last_modifier is not None:
        substantive = substantive_participle(doc[last_modifier].text)
        if substantive is not None:
            part = _part_before_whole(segment, number, context)
            if part is not None:  # "58 педагогов … из 112 работающих": the whole counts the part's noun
                return Counted(number, part.head, part.unit, part.is_program, "part_of_whole")
            return Counted(number, last_modifier, substantive, False, "before_noun")
    # (b) "(47)" after a noun: "консультации (47)", "программ стало меньше (5 против 6)", "сетевых
    # программ (не менее 10)"
    opening = number.first - 1
    qualifier_words = context.rules.qualifier_words
    while number.qualifier is not None and opening > number.first - 4 and doc[opening].lower_ in qualifier_words:
        opening -= 1
    if opening >= 0 and doc[opening].text == "(":
        head = clause_head(segment, opening, context)
        if head is not None:
            return _counted_head(number, head, doc, context, "bracketed")
    # (b1) "171 программа (план – 160, …)": a planned or achieved value of what the number before counts
    restated = _restated_in_bracket(segment, number, context) or _replaced(segment, number, context)
    if restated is not None:
        return restated
    # (b2) "доля программ … составила 26,0 % (107 из 412)": the bracket counts what the share is of
    head = _share_bracket_head(doc, number, context)
    if head is not None:
        return _counted_head(number, head, doc, context, "share_bracket")
    # (c) the number is a predicate: "программ в сетевой форме – 8", "количество ... составило 2558",
    #     "программ стало пять"
    previous = doc[number.first - 1] if number.first > 0 else None
    predicates = lemmas_of_list(context, "predicates") | {"—", "–", "-", ":", "="}
    link = _before_qualifier(doc, number)  # "Сетевые программы — не менее 5": the dash before the qualifier
    ends_clause = number.last + 1 >= len(doc) or doc[number.last + 1].is_punct
    if link is not None and link.text in DASHES and ends_clause:
        head = clause_head(segment, link.i + 1, context)
        if head is not None and is_program_noun(doc[head], context):  # not "плановое значение — не менее 8"
            return _counted_head(number, head, doc, context, "predicate")
    if previous is not None and (previous.lemma_ in predicates or previous.lower_ == "до"):
        head = clause_head(segment, number.first - 1, context, need_count_noun=previous.lower_ == "до")
        if head is not None:
            return _counted_head(number, head, doc, context, "predicate")
    # (b3) "Новых программ при плане 10 разработано 11": the plan's number counts what the clause counts
    #      "… разработано 11 при плане 10": the count of the number before the aside, for the plan
    aside = plan_aside_opening(doc, number.first, context)
    if aside is not None and aside > 0:
        before = [other for other in find_numbers(segment, context) if other.last == aside - 1]
        if before:
            what = counted(segment, before[0], context)
            return Counted(number, what.head, what.unit, what.is_program, "plan_aside") if what is not None else None
        head = clause_head(segment, aside, context)
        if head is not None:
            return _counted_head(number, head, doc, context, "plan_aside")
    # (f) "Среди заявленных программ 11 реализуются …": the number right after the group it is taken from
    head = _group_before(doc, number, context)
    if head is not None:
        return _counted_head(number, head, doc, context, "among")
    # (e) the number ends its clause after its noun phrase: "Разноуровневых программ в Навигаторе 37",
    #     "Дистанционных программ шесть, модульных – 11"
    following = doc[number.last + 1] if number.last + 1 < len(doc) else None
    after = doc[number.last + 2] if number.last + 2 < len(doc) else None
    is_range = following is not None and following.text in {"-", "–", "—"} and after is not None and after.like_num
    if (
        number.first > 0
        and not is_range
        and (
            following is None
            or following.is_punct
            or following.lower_ in {"из", "в", "и"}
            or opens_plan_aside(doc, number.last + 1, context)
        )
    ):
        head = clause_head(segment, number.first, context)
        if (
            head is not None
            and head < number.first
            and _agrees_with_count(doc[head])
            and not any(token.text in {"|", "/", "·"} for token in doc[head : number.first])
            and not _names_with_number(previous, head, number)
        ):
            return _counted_head(number, head, doc, context, "clause_final")
    # (d) "(с 22 до 31)" right after a noun phrase: the bracket compares the noun's counts
    if (
        previous is not None
        and previous.lower_ == "до"
        and number.last + 1 < len(doc)
        and doc[number.last + 1].text == ")"
    ):
        bracket = next((i for i in range(number.first - 1, max(-1, number.first - 8), -1) if doc[i].text == "("), None)
        if bracket is not None and bracket > 0:
            head = clause_head(segment, bracket, context)
            if head is not None:
                return _counted_head(number, head, doc, context, "bracketed_change")
    return None


def _part_before_whole(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    """For a whole "из 112 работающих", the count of a noun said before it in the sentence ("58
    педагогов … из 112 работающих в округе"); None when the number is no such whole."""
    doc = segment.doc
    if number.first == 0 or doc[number.first - 1].lower_ != "из":
        return None
    earlier = [other for other in find_numbers(segment, context) if other.last < number.first - 1]
    if not earlier or any(token.text in _CLAUSE_BREAKS for token in doc[earlier[-1].last + 1 : number.first]):
        return None
    what = counted(segment, earlier[-1], context)
    if what is None or what.head is None or what.how != "before_noun" or not is_noun(doc[what.head]):
        return None
    return what


def _restated_in_bracket(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    """For "171 программа (план – 160)", "(при плане 60)", "(факт – 38)": the count of the number before the bracket,
    restated for the plan or the fact (the label's words are plan / fact words only)."""
    doc = segment.doc
    opening = next((i for i in range(number.first - 1, max(-1, number.first - 6), -1) if doc[i].text == "("), None)
    if opening is None or opening == 0:
        return None
    label = [token for token in doc[opening + 1 : number.first] if not token.is_punct]
    kinds = lemmas_of_list(context, "target") | lemmas_of_list(context, "actual")
    openers = lemmas_of_list(context, "plan_aside")  # "(при плане 60)"
    if not label or not all(token.lemma_ in kinds or token.lemma_ in openers for token in label):
        return None
    if not any(token.lemma_ in kinds for token in label):
        return None
    before = [other for other in find_numbers(segment, context) if other.last < opening]
    if not before or before[-1].last < opening - 3:
        return None
    what = counted(segment, before[-1], context)
    if what is None:
        return None
    return Counted(number, what.head, what.unit, what.is_program, "restated")


def _replaced(segment: Segment, number: NumberMention, context: ExtractionContext) -> Counted | None:
    """For "семь программ вместо восьми", "5 программ вместо запланированных 7": the count of the number
    before, which replaced this one (rules/numbers.yaml ``instead_of``)."""
    doc = segment.doc
    cue = next(
        (start for start, stop in cue_tokens(segment, context, "instead_of") if stop <= number.first <= stop + 1), None
    )
    if cue is None:
        return None
    before = [other for other in find_numbers(segment, context) if other.last < cue]
    if not before or before[-1].last < cue - 4:
        return None
    what = counted(segment, before[-1], context)
    if what is None or what.head is None or doc[what.head].i >= cue:
        return None
    return Counted(number, what.head, what.unit, what.is_program, "restated")


def _share_bracket_head(doc: Doc, number: NumberMention, context: ExtractionContext) -> int | None:
    """For a bare number in a bracket right after a percentage ("26,0 % (107 из 412)"), the noun the
    share is of ("Доля программ …"); None otherwise."""
    opening = number.first - 1
    while opening >= 0 and (doc[opening].like_num or doc[opening].lower_ in {"из", ","}):
        opening -= 1
    if opening < 1 or doc[opening].text != "(":
        return None
    following = doc[number.last + 1] if number.last + 1 < len(doc) else None
    if following is None or not (following.text == ")" or following.lower_ == "из"):
        return None
    percent = doc[opening - 1]
    percent_words = context.rules.numbers.percent_words
    if not (percent.text in percent_words or percent.lemma_ in percent_words):
        return None
    shares = lemmas_of_list(context, "share_nouns") | lemmas_of_list(context, "measure_nouns")
    share = next((i for i in range(opening - 2, -1, -1) if doc[i].lemma_ in shares), None)
    if share is None:
        return None
    return next((i for i in range(share + 1, opening) if is_noun(doc[i])), None)


def _agrees_with_count(token: Token) -> bool:
    """A noun that a clause-final number can count: in the genitive plural ("программ … 37") or an
    abbreviation."""
    text = token.text
    if len(text) > 1 and text.isupper() and text.isalpha():
        return True
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(text))


def _group_before(doc: Doc, number: NumberMention, context: ExtractionContext) -> int | None:
    """The noun of "среди / из <modifiers> <noun in the genitive plural>" right before the number."""
    noun = number.first - 1
    if noun < 1 or not is_noun(doc[noun]):
        return None
    if not any(p.tag.POS == "NOUN" and {"gent", "plur"} <= set(p.tag.grammemes) for p in parses(doc[noun].text)):
        return None
    among = {word.lower() for word in context.rules.numbers.among}
    group_nouns = set(context.rules.numbers.among_group_nouns)
    index = noun - 1
    while index >= 0 and noun - index <= 5 and doc[index].lower_ not in among:
        if (not _is_modifier(doc[index]) and doc[index].lemma_ not in group_nouns) or doc[index].like_num:
            return None
        index -= 1
    return noun if index >= 0 and doc[index].lower_ in among else None


def _counted_head(number: NumberMention, head: int, doc: Doc, context: ExtractionContext, how: str) -> Counted | None:
    token = doc[head]
    unit = unit_of(token, context)
    if unit in set(context.rules.units.not_units):
        return None
    if unit not in context.rules.counted_units and _stage_of_programs(doc, head, context):
        # "прошедших НОК – 71": the programs at a stage only programs go through
        return Counted(number, head, context.rules.program_unit, True, how)
    return Counted(number, head, unit, is_program_noun(token, context), how)


def _stage_of_programs(doc: Doc, head: int, context: ExtractionContext) -> bool:
    """A participle standing for what it counts that opens a stage of programs ("прошедших НОК – 71",
    "не прошедших экспертизу") — a stage only programs go through."""

    if not any(parse.tag.POS in {"PRTF", "ADJF"} for parse in parses(doc[head].lower_)):
        return False  # a noun ("Средний балл по итогам экспертизы") counts itself
    first = head - 1 if head > 0 and doc[head - 1].lower_ == "не" else head
    stop = min(len(doc), head + _STAGE_WORDS)
    stage = dimension_cues(doc, first, stop, context).get("status")
    return stage is not None and stage[0] not in context.rules.weak_values


_STAGE_WORDS = 4
"""Words after a participle its stage cue may take ("прошедших независимую оценку качества")."""

_CLAUSE_BREAKS = {";", ":", "(", ")", "•"}


def _is_change_start(doc: Doc, index: int) -> bool:
    """The X of "с X до Y" / "со X до Y" (a unit or a time between: "с 287 на начало года до 312"):
    part of the change phrase, not another count."""
    if index == 0 or doc[index - 1].lower_ not in {"с", "со"}:
        return False
    for token in doc[index + 1 : index + 1 + _FROM_TO_GAP]:
        if token.lower_ == "до":
            return True
        if token.is_punct and token.text != "%":
            return False
    return False


_FROM_TO_GAP = 5
"""Words at most between X and "до" of "с X до Y"."""


def _is_change_amount(doc: Doc, index: int, changes: frozenset[str]) -> bool:
    """The X of "выросло на X": a change said on the way to the value, not another count."""
    return (
        index > 1
        and doc[index - 1].lower_ == "на"
        and any(token.lemma_ in changes for token in doc[max(0, index - 4) : index - 1])
    )


def _is_count_number(token: Token) -> bool:
    """A number that could be another count (years and ordinals do not end a clause: "во втором
    полугодии")."""
    return token.like_num and not _YEAR_TOKEN.match(token.text) and not _is_ordinal(token)


def _is_ordinal(token: Token) -> bool:
    return token.is_alpha and any("Anum" in parse.tag for parse in parses(token.lower_)[:1])


def _unit_tail(doc: Doc, start: int, stop: int, context: ExtractionContext) -> bool:
    """Tokens ``start``..``stop`` are only a unit's abbreviation ("ед.", "чел.", "%")."""
    abbreviations = context.rules.units.abbreviations
    words = [token.text for token in doc[start:stop] if token.text != "."]
    return len(words) == 1 and (words[0] in abbreviations or f"{words[0]}." in abbreviations or words[0] == "%")


def opens_attribute(doc: Doc, first: int) -> bool:
    """Token ``first`` (after a comma) opens a participle or relative clause: "который", a participle."""
    if doc[first].lower_ == "не" and first + 1 < len(doc):
        first += 1
    if first + 1 < len(doc) and any(p.tag.POS == "ADVB" for p in parses(doc[first].text)[:1]):
        first += 1  # ", впервые прошедших модерацию,"
    if first + 1 < len(doc) and doc[first + 1].lemma_ == "который" and after_preposition(doc, first + 1):
        return True  # ", на которые можно записаться …"
    token = doc[first]
    return token.lemma_ == "который" or any(p.tag.POS == "PRTF" and p.score >= 0.05 for p in parses(token.text))


def _attribute_opening(doc: Doc, closing: int) -> int | None:
    """For a comma at ``closing`` that ends a participle or relative clause (", реализуемых в сетевой
    форме,"), the index of the comma that opens it; None when the comma ends something else."""
    for index in range(closing - 1, 0, -1):
        token = doc[index]
        if token.text in _CLAUSE_BREAKS or _is_count_number(token):
            return None
        if token.text == ",":
            return index if opens_attribute(doc, index + 1) else None
    return None


def clause_head(segment: Segment, before: int, context: ExtractionContext, need_count_noun: bool = False) -> int | None:
    """The counted noun of the clause ending at token ``before``: the noun after
    'количество/число' when present, else the clause's first program noun, else its first noun."""
    doc = segment.doc
    count_nouns = lemmas_of_list(context, "count_nouns")
    start = before
    changes = lemmas_of_list(context, "change_words")
    while start > 0 and (
        not _is_count_number(doc[start - 1])
        or _is_change_start(doc, start - 1)
        or _is_change_amount(doc, start - 1, changes)
        or plan_aside_opening(doc, start - 1, context) is not None
    ):
        aside = plan_aside_opening(doc, start - 1, context)
        if aside is not None:
            start = aside  # "Новых программ при плане 10 разработано 11": the plan's aside is no clause of its own
            continue
        previous = doc[start - 1].text
        if previous == ")":
            opening = next((i for i in range(start - 2, -1, -1) if doc[i].text == "("), None)
            if opening is None:
                break
            start = opening  # a bracketed aside ("(ЛОК)") stays inside the clause
            continue
        if previous in _CLAUSE_BREAKS:
            break
        if previous == "," and _unit_tail(doc, start, before, context):
            start -= 1  # "Сертифицированные программы, ед. — 129": the unit after the label's comma
            continue
        if previous == "," and start >= 2 and is_noun(doc[start - 2]) and opens_attribute(doc, start):
            start -= 1  # "Педагогов, реализующих ДООП, — 322": the participle's clause hangs on the noun before
            continue
        if previous == "," and not any(doc[i].lemma_ in count_nouns for i in range(0, start - 1)):
            opening = _attribute_opening(doc, start - 1)
            if opening is None:
                break
            start = opening  # ", реализуемых в сетевой форме," describes the noun before it
            continue
        start -= 1
    tokens = range(start, before)
    pronouns = exact_words(context, "pronouns")
    for index in tokens:
        if doc[index].lemma_ in count_nouns:
            if index > 0 and doc[index - 1].lower_ in pronouns:
                # "…включено 9 программ, что позволит увеличить их количество до 117": the programs
                # named earlier in the sentence
                antecedent = next((i for i in range(start - 1, -1, -1) if is_program_noun(doc[i], context)), None)
                if antecedent is not None:
                    return antecedent
            for follower in range(index + 1, before):
                if is_noun(doc[follower]):
                    return follower
    if need_count_noun:
        return None
    free = [
        index
        for index in _free_nouns(doc, start, before)
        if doc[index].lemma_ not in context.rules.language.demonstratives
    ]
    for index in tokens:
        if is_program_noun(doc[index], context):
            if free and free[0] < index and _opens_clause(doc, start, free[0]) and _counted_form(doc[free[0]], context):
                return free[0]  # "Педагогов, реализующих ДООП — 322", "Школ без программ — 6 из 19"
            return index
    return free[0] if free else None


def _opens_clause(doc: Doc, start: int, head: int) -> bool:
    """The noun at ``head`` opens the clause that starts at ``start`` (after a mark, not after a figure:
    "из 10 школ" is a whole of its own), with only its adjectives before it."""
    if start > 0 and not doc[start - 1].is_punct:
        return False
    return all(any(p.tag.POS in _MODIFIER_POS for p in parses(token.text)[:1]) for token in doc[start:head])


def _counted_form(token: Token, context: ExtractionContext) -> bool:
    """A noun in the genitive plural, the form a figure counts ("Педагогов — 322", "Школ — 6"), that
    names no dimension of programs ("форм реализации")."""
    if token.lemma_ in context.rules.program_types.dimension_nouns:
        return False
    return any(
        parse.tag.POS == "NOUN" and parse.tag.case == "gent" and parse.tag.number == "plur"
        for parse in parses(token.lower_)[:2]
    )


def opens_plan_aside(doc: Doc, index: int, context: ExtractionContext) -> bool:
    """Token ``index`` is the "при" of a plan's aside ("… 11 при плане 10")."""
    end = next((i for i in range(index + 1, min(index + 5, len(doc))) if doc[i].like_num), None)
    return end is not None and plan_aside_opening(doc, end, context) == index


def plan_aside_opening(doc: Doc, index: int, context: ExtractionContext) -> int | None:
    """The opening word (numbers.yaml ``plan_aside``: "при") of a plan's aside that ends with the number
    at token ``index`` ("при плане 10", "при плановом значении 25"): words of ``target`` and their
    nouns between; else None."""
    if index < 2 or not doc[index].like_num:
        return None
    target = lemmas_of_list(context, "target")
    openers = lemmas_of_list(context, "plan_aside")
    for opening in range(index - 1, max(-1, index - 5), -1):
        token = doc[opening]
        if token.lower_ in openers:
            words = doc[opening + 1 : index]
            return opening if any(word.lemma_ in target for word in words) else None
        if (token.is_punct and token.text not in _QUOTES) or token.like_num:
            return None  # "при плане «не менее 30 %»": quotes may hold the plan
    return None


_QUOTES = frozenset('«»"„“')


def _free_nouns(doc: Doc, start: int, stop: int) -> list[int]:
    """Nouns of tokens ``start``..``stop`` that can head the clause's subject: not inside brackets,
    not governed by a preposition (with the genitive nouns that hang on that noun: "с применением
    дистанционных технологий"), not in the instrumental only ("продолжительностью")."""
    nouns: list[int] = []
    depth = 0
    quoted = 0  # inside «…»: a name ("в номинации «Естественные науки» – 9"), not a counted noun
    governed = False  # after a preposition, until its noun
    chain = False  # after a governed noun: genitive nouns still belong to its phrase
    for index in range(start, stop):
        token = doc[index]
        if token.text in {"«", "»", "“", "”"}:
            quoted = max(0, quoted + (1 if token.text in {"«", "“"} else -1))
            continue
        if quoted:
            continue
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        if depth or token.is_punct:
            if token.is_punct:
                governed = chain = False
            continue
        found = parses(token.text)
        pos = found[0].tag.POS if found else None
        if pos == "PREP":
            governed, chain = True, False
            continue
        if not is_noun(token):
            if pos not in _MODIFIER_POS and not token.like_num:
                governed = chain = False
            continue
        noun_parses = [parse for parse in found if parse.tag.POS == "NOUN"]
        if governed or (chain and any(parse.tag.case == "gent" for parse in noun_parses)):
            governed, chain = False, True
            continue
        chain = False
        if noun_parses and all(parse.tag.case == "ablt" for parse in noun_parses):
            chain = True  # "продолжительностью до трёх месяцев": an instrumental phrase
            continue
        nouns.append(index)
    return nouns


def span_tokens(span: Span) -> range:
    """Token indexes of a span."""
    return range(span.start, span.end)
