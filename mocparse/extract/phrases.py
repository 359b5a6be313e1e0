"""Noun phrases as written: what a quantity counts and what a percentage measures.

A phrase grows from its head noun by morphology, never past a clause boundary:

* to the left over adjectives and participles that agree with the head in case and number
  (``новых мест``, ``сетевых программ``);
* to the right over what depends on it: nouns in the genitive with their own adjectives
  (``охват детей``, ``программ дополнительного образования``), a noun phrase in the instrumental
  after a word of covering (``охват … дополнительным образованием``), prepositional phrases
  (``в возрасте от 5 до 18 лет``, ``для детей с ОВЗ``, ``на новых местах``), and a participle clause
  after a comma that agrees with the head (``организаций, реализующих программы``);
* it stops at a finite verb, a clause mark (``;`` ``:`` a dash ``(``), a relative word (``который``,
  ``что``), another number outside an age range, and after at most 16 words.

``subject_key`` is the lemmas of the phrase's content words, for matching phrases across documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mocparse.nlp import Segment
from mocparse.nlp.morph import parses

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse
    from spacy.tokens import Doc, Token

    from mocparse.rules import Language

_MAX_TOKENS = 16
_STOP_TEXT = {";", ":", "(", ")", "–", "—", "«", "»", '"', "•", "?", "!"}
_CONTENT_POS = {"NOUN", "ADJF", "PRTF", "NUMR", "ADJS", "PRTS"}
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NPRO"}
_VERBAL = {"VERB", "INFN", "PRTS", "GRND", "ADJS"}


def _best(token: Token) -> Parse | None:
    found = parses(token.text)
    return found[0] if found else None


def _noun_forms(token: Token) -> list[tuple[str | None, str | None]]:
    """(case, number) of the token's readings as a noun or an abbreviation."""
    if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
        return [(None, None)]
    return [(p.tag.case, p.tag.number) for p in parses(token.text) if p.tag.POS == "NOUN" and p.score >= 0.01]


def _adjective_forms(token: Token) -> list[tuple[str | None, str | None]]:
    return [
        (p.tag.case, p.tag.number)
        for p in parses(token.text)
        if p.tag.POS in {"ADJF", "PRTF", "NUMR"} and p.score >= 0.01
    ]


def _agrees(modifier: Token, head: Token) -> bool:
    head_forms = _noun_forms(head)
    if any(case is None for case, _ in head_forms):
        return True  # an abbreviation: any form
    return any(
        case == head_case and (number == head_number or head_number is None)
        for case, number in _adjective_forms(modifier)
        for head_case, head_number in head_forms
    )


def _is_finite_verb(token: Token) -> bool:
    best = _best(token)
    return best is not None and best.tag.POS in _VERBAL and token.lower_ not in {"более", "менее"}


def _is_genitive_noun(token: Token) -> bool:
    if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
        return True
    return any(p.tag.POS == "NOUN" and p.tag.case in {"gent", "gen2"} and p.score >= 0.05 for p in parses(token.text))


def _is_noun(token: Token) -> bool:
    if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
        return True
    best = _best(token)
    return best is not None and best.tag.POS in {"NOUN", "NPRO"}


def _is_modifier(token: Token) -> bool:
    best = _best(token)
    return best is not None and best.tag.POS in {"ADJF", "PRTF"}


def _left_edge(doc: Doc, head: int, floor: int) -> int:
    first = head
    index = head - 1
    while index >= floor:
        token = doc[index]
        if _is_modifier(token) and _agrees(token, doc[head]):
            first = index
        elif token.lower_ == "и" and index - 1 >= floor and _is_modifier(doc[index - 1]):
            pass  # "сетевых и разноуровневых программ"
        elif token.text == "," and index - 1 >= floor and _is_modifier(doc[index - 1]) and first == index + 1:
            pass
        else:
            break
        index -= 1
    return first


def _right_edge(doc: Doc, head: int, ceiling: int, language: Language) -> int:
    """Index after the last token of the phrase headed by ``head``."""
    end = head + 1
    index = head + 1
    in_age = False
    while index < ceiling and index - head < _MAX_TOKENS:
        token = doc[index]
        lower = token.lower_
        if token.text in _STOP_TEXT or lower in language.relative_words:
            break
        if token.like_num:
            previous = doc[index - 1].lower_ if index > 0 else ""
            if (
                previous in {"от", "до", "с", "-", "–"}
                or in_age
                or (index + 1 < len(doc) and doc[index + 1].lemma_ in {"год", "лет"})
            ):
                in_age = True
                end = index + 1
                index += 1
                continue
            break
        if token.text == ",":
            following = doc[index + 1] if index + 1 < ceiling else None
            if (
                following is not None
                and (best := _best(following)) is not None
                and best.tag.POS == "PRTF"
                and _agrees(following, doc[head])
            ):
                index += 1  # ", реализующих программы": the participle clause belongs to the head
                continue
            break
        if lower in language.prepositions:
            if index + 1 < ceiling and (
                _is_noun(doc[index + 1]) or _is_modifier(doc[index + 1]) or doc[index + 1].like_num
            ):
                index += 1
                continue
            break
        if lower in {"и", "или"}:
            following = doc[index + 1] if index + 1 < ceiling else None
            if following is not None and (_is_genitive_noun(following) or _is_modifier(following)) and end == index:
                index += 1
                continue
            break
        if _is_finite_verb(token):
            best = _best(token)
            if best is not None and best.tag.POS == "PRTF":
                end = index + 1
                index += 1
                continue
            break
        if _is_noun(token) or _is_modifier(token) or token.lemma_ in {"год", "лет"}:
            end = index + 1
            index += 1
            continue
        best = _best(token)
        if best is not None and best.tag.POS == "ADVB":
            index += 1
            continue
        break
    return end


def phrase_around(
    segment: Segment, head: int, language: Language, floor: int = 0, ceiling: int | None = None
) -> tuple[int, int]:
    """Token range [first, end) of the noun phrase headed by token ``head`` (``language``: the grammar
    words of rules/language.yaml — prepositions, relative words)."""
    doc = segment.doc
    ceiling = len(doc) if ceiling is None else ceiling
    return _left_edge(doc, head, floor), _right_edge(doc, head, ceiling, language)


def text_of(segment: Segment, first: int, end: int) -> str:
    """The words of tokens [first, end) as written."""
    doc = segment.doc
    if first >= end:
        return ""
    return segment.text[doc[first].idx : doc[end - 1].idx + len(doc[end - 1].text)].strip(" ,;")


def char_range(segment: Segment, first: int, end: int) -> tuple[int, int]:
    """Tokens [first, end) as local character offsets."""
    doc = segment.doc
    return doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)


def key_of(segment: Segment, first: int, end: int) -> str:
    """Lemmas of the content words of tokens [first, end)."""
    words = []
    for token in segment.doc[first:end]:
        text = token.text
        if len(text) > 1 and text.isupper() and text.isalpha():
            words.append(text)
            continue
        best = _best(token)
        if best is not None and best.tag.POS in _CONTENT_POS and text.isalpha():
            words.append(token.lemma_)
    return " ".join(words)


def key_of_text(text: str) -> str:
    """Lemmas of the content words of a text (a table row's name)."""
    from mocparse.nlp.annotate import make_doc

    doc = make_doc(text)
    words = []
    for token in doc:
        if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
            words.append(token.text)
            continue
        found = parses(token.text)
        if found and found[0].tag.POS in _CONTENT_POS and token.text.isalpha():
            words.append(token.lemma_)
    return " ".join(words)


def nominal_head_before(segment: Segment, before: int, floor: int = 0) -> int | None:
    """The first noun of the clause that ends at token ``before`` (its subject, as a guess)."""
    doc = segment.doc
    for index in range(floor, before):
        if _is_noun(doc[index]) and not doc[index].like_num:
            return index
    return None
