"""Document-level facts: kind, title, municipality, region and the period covered.

The words (document kinds, municipality and region types, city markers) live in
``rules/document.yaml``; places are read word by word with their lemmas, so a title written in
capitals (``ОТЧЕТ ... ЭНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА``) names its municipality like any other line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from mocparse.document import Block, BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import DateMatch, find_dates
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import token_lists
from mocparse.nlp.morph import lemma, parses
from mocparse.records import DocumentInfo, DocumentKind, Period, Precision
from mocparse.rules import Rules

_TITLE_SEARCH_BLOCKS = 25
_TITLE_MAX_CHARS = 400
_TITLE_CUE_WORDS = 4
_HEADING_MAX_CHARS = 200
_SENTENCE_WORDS = 6
_PROSE_WORDS = 15
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_LETTERS = re.compile(r"[А-Яа-яЁё]+")
_BREADCRUMB = re.compile(r"\s[>›/|»]\s")
_PERIOD_HINT = re.compile(r"(?:19|20)\d\d")


def to_nominative(words: list[str], particles: frozenset[str] = frozenset()) -> str:
    """Put a phrase like ``Энского муниципального района`` into the nominative singular,
    adjectives agreeing with the head noun (the last noun)."""
    head_gender = None
    for word in reversed(words):
        noun = next((p for p in parses(word.lower()) if p.tag.POS == "NOUN"), None)
        if noun is not None:
            head_gender = noun.tag.gender
            break
    result = []
    for word in words:
        candidates = parses(word.lower())
        adjective = next((p for p in candidates if p.tag.POS in {"ADJF", "PRTF"}), None)
        noun = next((p for p in candidates if p.tag.POS == "NOUN"), None)
        chosen = adjective if adjective is not None and (noun is None or candidates[0] is adjective) else noun
        inflected = None
        if chosen is not None:
            grams = {"nomn", "sing"}
            if chosen is adjective and head_gender in {"masc", "femn", "neut"}:
                grams.add(head_gender)
            inflected = chosen.inflect(grams)
        form = inflected.word if inflected is not None else word.lower()
        result.append(_restore_case(word, form, particles))
    return " ".join(result)


def _restore_case(original: str, form: str, particles: frozenset[str]) -> str:
    if original[:1].isupper():
        parts = form.split("-")
        return "-".join(part if part in particles else part.capitalize() for part in parts)
    return form


# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    stop: int
    text: str
    lemma: str


@lru_cache(maxsize=256)
def _words(text: str) -> list[_Word]:
    """The words of a text with their lemmas (cached: a segment is read for municipalities and regions)."""
    return [_Word(m.start(), m.end(), m.group(), lemma(m.group().lower())) for m in _WORD.finditer(text)]


def _phrases(phrases: list[str]) -> list[tuple[str, ...]]:
    """Lemma sequences of rule phrases, longest first."""
    return sorted((tuple(lemma(word.lower()) for word in phrase.split()) for phrase in phrases), key=len, reverse=True)


class _Places:
    """Municipality, region and city mentions, read word by word."""

    def __init__(self, rules: Rules) -> None:
        document = rules.document
        self.municipality_types = _phrases(document.municipality_types)
        self.region_types = _phrases(document.region_types)
        self.named_after = {phrase for phrase in _phrases(document.region_types_named_after)}
        self.type_lemmas = frozenset(
            word for phrase in (*self.municipality_types, *self.region_types) for word in phrase
        )
        self.first_lemmas = frozenset(phrase[0] for phrase in (*self.municipality_types, *self.region_types) if phrase)
        self.particles = frozenset(document.name_particles)
        self.place_lemmas = self.first_lemmas | frozenset(
            lemma(word.lower()) for word in document.city_markers if not word.endswith(".")
        )
        self.city_words = frozenset(lemma(word.lower()) for word in document.city_markers if not word.endswith("."))
        self.city_noun = next((word for word in document.city_markers if not word.endswith(".")), "")
        abbreviations = [word for word in document.city_markers if word.endswith(".")]
        self.city_abbreviation = (
            re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(word) for word in abbreviations) + r")\s*", re.IGNORECASE)
            if abbreviations
            else None
        )

    def may_name_a_place(self, segment: Segment) -> bool:
        """A cheap test on the segment's lemmas: a type word, a city word or a city abbreviation."""
        lemmas, _ = token_lists(segment.doc)
        if not self.place_lemmas.isdisjoint(lemmas):
            return True
        if any(len(word) > 3 and word.isupper() for word in segment.text.split()):
            return True  # "МУНИЦИПАЛЬНОГО РАЙОНА": words in capitals keep their form as lemmas
        return self.city_abbreviation is not None and self.city_abbreviation.search(segment.text) is not None

    def municipalities(self, text: str) -> list[tuple[str, str, int]]:
        """(name lemma, nominative phrase, weight) for each municipality or city mention."""
        words = _words(text)
        found = []
        index = 0
        while index < len(words):
            phrase = self._phrase_at(words, index, self.municipality_types)
            if phrase is not None and index > 0 and self._is_name(words[index - 1]):
                name = words[index - 1].text
                written = [word.text.lower() for word in words[index : index + len(phrase)]]
                nominative = to_nominative([_capitalized(name), *written], self.particles)
                found.append((lemma(name.lower()), nominative, 3 if len(phrase) > 1 else 1))
                index += len(phrase)
                continue
            index += 1
        found.extend(self._cities(text, words))
        return found

    def regions(self, text: str) -> list[str]:
        """Nominative region names mentioned in ``text``."""
        words = _words(text)
        found = []
        for index in range(len(words)):
            phrase = self._phrase_at(words, index, self.region_types)
            if phrase is None:
                continue
            written = [word.text.lower() for word in words[index : index + len(phrase)]]
            after = index + len(phrase)
            if index > 0 and self._is_name(words[index - 1]):
                found.append(to_nominative([_capitalized(words[index - 1].text), *written], self.particles))
            elif phrase in self.named_after and after < len(words) and words[after].text[:1].isupper():
                kind = to_nominative(written, self.particles)
                found.append(f"{kind[:1].upper()}{kind[1:]} {_capitalized(words[after].text)}")
        return found

    def _phrase_at(self, words: list[_Word], index: int, phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        first = words[index].lemma
        if first not in self.first_lemmas:
            return None  # most words start no type phrase: one set look-up instead of a scan
        for phrase in phrases:
            if phrase[0] == first and tuple(word.lemma for word in words[index : index + len(phrase)]) == phrase:
                return phrase
        return None

    def _is_name(self, word: _Word) -> bool:
        """A capitalized adjective that is not itself a type word (``МУНИЦИПАЛЬНОГО РАЙОНА``)."""
        return word.text[:1].isupper() and word.lemma not in self.type_lemmas and _is_adjective(word.text)

    def _cities(self, text: str, words: list[_Word]) -> list[tuple[str, str, int]]:
        found = []
        for index, word in enumerate(words[:-1]):
            following = words[index + 1]
            if (
                word.lemma in self.city_words
                and self._is_city_name(following)
                and text[word.stop : following.start].isspace()
            ):
                found.append(self._city(following.text))
        if self.city_abbreviation is not None:
            for match in self.city_abbreviation.finditer(text):
                before = text[: match.start()].rstrip()
                if before[-1:].isdigit():
                    continue  # "2023 г." is a year
                name = _WORD.match(text, match.end())
                if name is not None and self._is_city_name(_Word(name.start(), name.end(), name.group(), "")):
                    found.append(self._city(name.group()))
        return found

    def _is_city_name(self, word: _Word) -> bool:
        return word.text[:1].isupper() and lemma(word.text.lower()) not in self.type_lemmas and len(word.text) > 1

    def _city(self, name: str) -> tuple[str, str, int]:
        place = next((parse for parse in parses(name.lower()) if "Geox" in parse.tag), None)
        if place is not None:
            nominative = _restore_case(_capitalized(name), place.normal_form, self.particles)
        else:
            nominative = to_nominative([_capitalized(name)], self.particles)
        return (
            (place.normal_form if place is not None else lemma(name.lower())),
            f"{self.city_noun} {nominative}".strip(),
            2,
        )


def _capitalized(word: str) -> str:
    """``ЭНСКОГО`` -> ``Энского``, ``УСТЬ-ЯРСКОГО`` -> ``Усть-Ярского``; other forms as written."""
    if not word.isupper():
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _is_adjective(word: str) -> bool:
    return any(parse.tag.POS == "ADJF" for parse in parses(word.lower()))


# --------------------------------------------------------------------------- title and kind


_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[А-ЯЁA-Z] ){2,}[А-ЯЁA-Z](?!\S)")


def despace(text: str) -> str:
    """Join letter-spaced words of titles: ``О Т Ч Е Т`` -> ``ОТЧЕТ``; where the spaces between
    words were lost too, the dictionary splits the run (``ПЛАНМЕРОПРИЯТИЙ`` -> ``ПЛАН МЕРОПРИЯТИЙ``)."""
    return _SPACED_LETTERS.sub(lambda match: _split_words(match.group().replace(" ", "")), text)


def _split_words(letters: str) -> str:
    """Split a run of letters into dictionary words, longest first; unchanged when it cannot."""
    from mocparse.nlp.morph import morph

    def split(rest: str) -> list[str] | None:
        if not rest:
            return []
        for end in range(len(rest), 1, -1):
            if morph().word_is_known(rest[:end].lower()):
                tail = split(rest[end:])
                if tail is not None:
                    return [rest[:end], *tail]
        return None

    words = split(letters) if len(letters) <= 40 else None
    return " ".join(words) if words else letters


def _kind_of(title: str, context: ExtractionContext) -> DocumentKind | None:
    """The kind whose cue comes first among the title's first words (``Отчет о реализации плана``
    is a report)."""
    if title.lstrip().startswith("("):
        return None  # "(в редакции постановления от 26.03.2024 № 312-па)": a note of a stamp, no title
    raw = [word.lower() for word in _LETTERS.findall(despace(title))[:_TITLE_CUE_WORDS]]
    words = [lemma(word) for word in raw]
    anywhere: list[tuple[int, str]] = []
    for kind, cues in context.rules.document.kinds.items():
        for cue in cues:
            cue_lemmas = [lemma(word) for word in cue.lower().split()]
            anywhere.extend((i, kind) for i in range(len(words)) if words[i : i + len(cue_lemmas)] == cue_lemmas)
    found = [(i, kind) for i, kind in anywhere if _may_head_a_title(raw[i])]
    if raw and raw[0] in {word.lower() for word in context.rules.document.act_title_openers}:
        # the document noun of a topic stands in any case: "Об утверждении плана работы МОЦ"
        nouns = {lemma(word.lower()) for word in context.rules.document.topic_title_nouns}
        named = [(i, kind) for i, kind in anywhere if words[i] in nouns]
        if named:
            return DocumentKind(min(named)[1])
        return DocumentKind.OTHER if found else None
    if not found:
        return None
    if raw and any(parse.tag.POS in _HEADLINE_VERBS for parse in parses(raw[0])[:1]):
        return DocumentKind.OTHER  # "Подведены итоги работы МОЦ за 2025 год": a news headline
    return DocumentKind(min(found)[1])


_HEADLINE_VERBS = {"VERB", "PRTS"}

_LABELLED_FIELD = re.compile(r"(?:[А-ЯЁа-яё]+\s+){0,3}[А-ЯЁа-яё]+:\s")
"""A labelled field line ("Дата проведения: …", "Место: …")."""
_CITATION_ONLY = re.compile(r"[А-ЯЁа-яё]+\s*(?:№|N)\s*[\w./-]+\s+от\s+[\d.]+(?:\s*г\.?)?\.?", re.IGNORECASE)
"""A kind word with only a number and a date: an act cited in a stamp, not a title ("ПРОТОКОЛ № 3"
over the lines that name the meeting is one)."""


def _may_head_a_title(word: str) -> bool:
    """A title's kind word stands in the nominative: not "Приложение 3 к годовому отчёту"."""
    cases = {parse.tag.case for parse in parses(word)}
    return not cases - {None} or "nomn" in cases


@dataclass(frozen=True, slots=True)
class _Title:
    text: str
    blocks: list[int]
    kind: DocumentKind
    headline: bool = False
    """A heading the document opens with, with no kind word (a news article's): no report, minutes
    or plan that was written after the period it covers."""


def _find_title(annotated: AnnotatedDocument, context: ExtractionContext) -> _Title | None:
    """The first block with a kind cue before the body's first prose (and the lines after it up to
    the period it covers); else, when the document opens with a heading rather than prose, that
    heading (kind ``other``)."""
    blocks = [block for block in annotated.document.blocks[:_TITLE_SEARCH_BLOCKS] if block.kind is not BlockKind.TABLE]
    abbreviations = frozenset(context.rules.language.sentence_abbreviations)
    for position, block in enumerate(blocks):
        text = annotated.document.block_text(block)
        if len(text) > _TITLE_MAX_CHARS or _is_prose(text, abbreviations):
            break  # the body has begun: a heading inside it ("Итоги конкурса") is no title
        subject = _letter_subject(text, context)
        if subject is not None:
            return _Title(subject, [block.index], DocumentKind.OTHER)  # "Тема: Ответ на запрос …" of an e-mail
        if block.kind is BlockKind.LIST_ITEM or (_LABELLED_FIELD.match(text) and block.kind is not BlockKind.HEADING):
            continue  # "От: …", "Кому: …" of a letter are fields, not titles ("Итоги года: …" as a heading is one)
        act_title = _act_title(annotated, blocks[position + 1 : position + 6], text, context)
        if act_title is not None:
            return act_title
        kind = _kind_of(text, context)
        if kind is None or (kind is DocumentKind.OTHER and _CITATION_ONLY.fullmatch(" ".join(text.split()))):
            continue  # "Протокол № 1 от 29.08.2023 г." of an approval stamp cites, it names nothing
        return _with_continuation(annotated, blocks, position, kind, abbreviations)
    return _opening_heading(annotated, blocks, context)


def _with_continuation(
    annotated: AnnotatedDocument,
    blocks: list[Block],
    position: int,
    kind: DocumentKind,
    abbreviations: frozenset[str],
    lower_only: bool = False,
) -> _Title:
    """The title at ``blocks[position]`` with the lines under it that carry it on up to the period it
    covers ("СВОДНАЯ ТАБЛИЦА" / "основных показателей … за 2024–2025 годы"); ``lower_only``: only lines
    that go on in lower case (under a heading with no kind word, a capitalized line is a line of its own:
    "Августовское совещание …, 27 августа 2025 года")."""
    block = blocks[position]
    text = annotated.document.block_text(block)
    parts = [text]
    used = [block.index]
    if not _has_period(text):
        extra_parts: list[str] = []
        extra_used: list[int] = []
        for follower in blocks[position + 1 : position + 5]:
            follower_text = annotated.document.block_text(follower)
            if _DATELINE.match(follower_text):
                continue  # "24.12.2025 · Просмотров: 312" under a news title: no part of it
            # "(план мероприятий) муниципального опорного центра … на 2026 год" goes on after its bracket
            opens_lower = follower_text[:1].islower() or re.match(r"\([^()]*\)\s+[а-яё]", follower_text) is not None
            longest = 400 if opens_lower and _has_period(follower_text) else 250 if opens_lower else 160
            if (
                (lower_only and not opens_lower)
                or len(follower_text) > longest  # "ОТЧЁТ" / "о выполнении …" (a long name of the centre inside)
                or (follower_text.startswith("(") and not extra_parts and not opens_lower)  # a stamp's note
                or follower.kind is BlockKind.LIST_ITEM
                or _LABELLED_FIELD.match(follower_text)
                or _is_prose(follower_text, abbreviations)
            ):
                break  # "Дата проведения: 14.03.2025" starts the body of minutes
            extra_parts.append(follower_text)
            extra_used.append(follower.index)
            quoted_name = follower_text.startswith("«") and follower_text.rstrip(".").endswith("»")
            if (
                _has_period(follower_text)
                or (kind is DocumentKind.OTHER and opens_lower and len(extra_parts) == 1)
                or (quoted_name and len(extra_parts) == 1)  # "ПОДПРОГРАММА 3" / "«Развитие …»"
            ):
                # the period ends the title; a title without one (minutes, an order) goes on in
                # the lower-case line under its kind word: "ПРОТОКОЛ № 3" / "заседания совета …"
                parts += extra_parts
                used += extra_used
                if _has_period(follower_text):
                    break
                extra_parts, extra_used = [], []
    return _Title(despace(" ".join(" ".join(parts).split())), used, kind, headline=lower_only)


_DATELINE = re.compile(
    r"^\s*(?:от\s+)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4})(?:\s*г\.?)?(?:\s*$|\s*[·|•/,№]|\s+(?:г|п|с|рп|пгт|ст|д)\.?\s|\s+\d{1,2}:\d\d)"
)
"""A line that opens with a date (or "от" and a date) and goes on with separators, a number, a town
or nothing: a dateline ("17.10.2024 г. г. Энск, ул. Советская, 21" or "от 16.11.2023г. пгт Энск"
under the title of minutes, "20.11.2026 14:37 Категория: …" under a news title)."""


def _act_title(
    annotated: AnnotatedDocument, followers: list[Block], heading: str, context: ExtractionContext
) -> _Title | None:
    """The title of a legal act under its kind word: "ПРИКАЗ" / "17.11.2025 № 436-од" / "г. Энск" /
    "Об итогах независимой оценки качества" / "дополнительных общеобразовательных программ"."""
    words = heading.split()
    if len(words) > 1 and all(len(word) == 1 for word in words):
        words = ["".join(words)]  # "П Р И К А З"
    acts = {word.lower() for word in context.rules.document.act_headings}
    # "ПРИКАЗ", or the issuer in capitals before it on the same line ("АДМИНИСТРАЦИЯ … ОКРУГА ПОСТАНОВЛЕНИЕ")
    if not words or words[-1].lower().strip(".") not in acts or (len(words) > 1 and not heading.isupper()):
        return None
    openers = {word.lower() for word in context.rules.document.act_title_openers}
    for index, block in enumerate(followers):
        text = annotated.document.block_text(block)
        first = text.split()[:1]
        if not first or first[0].lower() not in openers:
            continue
        parts, used = [text], [block.index]
        for follower in followers[index + 1 :]:
            more = annotated.document.block_text(follower)
            if not more[:1].islower() or len(more) > 160:
                break  # the title's lower-case lines: "дополнительных общеобразовательных программ"
            parts.append(more)
            used.append(follower.index)
        title = despace(" ".join(" ".join(parts).split()))
        # an act approving a plan or a report is of that kind: "Об утверждении плана работы МОЦ"
        return _Title(title, used, _kind_of(title, context) or DocumentKind.OTHER)
    return None


def _letter_subject(text: str, context: ExtractionContext) -> str | None:
    """The value of a letter's subject field ("Тема: RE: Запрос информации …"), or None."""
    label, colon, value = text.partition(":")
    fields = {word.lower() for word in context.rules.document.letter_subject_fields}
    if not colon or label.strip().lower() not in fields or not value.strip():
        return None
    return despace(" ".join(value.split()))


_TOP_HEADING_WINDOW = 4
"""How far down the opening blocks a top-level heading is looked for."""
_FURNITURE_CHARS = 160
"""The longest line above a top-level heading that is page furniture, not the body."""


def _names_periodical(text: str, context: ExtractionContext) -> bool:
    """The line names a periodical ("Общественно-политическая газета … района")."""
    words = {word.lower() for word in context.rules.document.periodical_words}
    return not words.isdisjoint(word.lower() for word in re.findall(r"[А-Яа-яЁё]+", text))


def _headline_after_masthead(blocks: list[Block], texts: list[str], context: ExtractionContext) -> int | None:
    """In a newspaper page, the position of the article's headline: the first short line after the
    line that names the periodical ("БОДЯГИНСКИЙ ВЕСТНИК" / "Общественно-политическая газета …") that is
    no rubric or breadcrumb ("ОБРАЗОВАНИЕ | ИЗ ПЕРВЫХ УСТ", "Главная / Образование"); None elsewhere."""
    masthead = next(
        (
            position
            for position, text in enumerate(texts[:_TOP_HEADING_WINDOW])
            if position > 0 and _names_periodical(text, context)
        ),
        None,
    )
    if masthead is None:
        return None
    for position in range(masthead + 1, min(len(blocks), masthead + _TOP_HEADING_WINDOW)):
        text = texts[position]
        if not _LETTERS.search(text) or _BREADCRUMB.search(text):
            continue
        return (
            position if len(text) <= _HEADING_MAX_CHARS and blocks[position].kind is not BlockKind.LIST_ITEM else None
        )
    return None


def _opening_heading(annotated: AnnotatedDocument, blocks: list[Block], context: ExtractionContext) -> _Title | None:
    """The heading a document without a kind cue opens with (a site's breadcrumbs skipped); None
    when it opens with prose."""
    stamps = {lemma(word) for word in context.rules.legal_acts.stamp_words}
    abbreviations = frozenset(context.rules.language.sentence_abbreviations)
    texts = [" ".join(annotated.document.block_text(block).split()) for block in blocks]
    top = next(
        (
            position
            for position, block in enumerate(blocks[:_TOP_HEADING_WINDOW])
            if block.kind is BlockKind.HEADING and block.level == 1 and _LETTERS.search(texts[position])
        ),
        None,
    )
    if (
        top is not None
        and len(texts[top]) <= _HEADING_MAX_CHARS
        and not _opens_with_stamp(texts[top], stamps)
        and all(
            len(text) <= _FURNITURE_CHARS and block.kind is BlockKind.PARAGRAPH
            for block, text in zip(blocks[:top], texts[:top], strict=True)
        )
    ):
        # a page's top heading under a few short lines (a site's date bar, its motto): "Среда, 23 апреля …" /
        # "Общественно-политическая газета … Издаётся с 1931 года." / «Кружок рядом с домом»: как …
        return _with_continuation(annotated, blocks, top, DocumentKind.OTHER, abbreviations, lower_only=True)
    headline = _headline_after_masthead(blocks, texts, context)
    if headline is not None:
        return _with_continuation(annotated, blocks, headline, DocumentKind.OTHER, abbreviations, lower_only=True)
    for block, text in zip(blocks, texts, strict=True):  # a heading before the first prose beats top-bar links
        if _is_prose(text, abbreviations):
            break
        if (
            block.kind is BlockKind.HEADING
            and _LETTERS.search(text)
            and not _BREADCRUMB.search(text)
            and len(text) <= _HEADING_MAX_CHARS
            and not _opens_with_stamp(text, stamps)
        ):
            return _with_continuation(
                annotated, blocks, blocks.index(block), DocumentKind.OTHER, abbreviations, lower_only=True
            )
    for block, text in zip(blocks, texts, strict=True):
        if not _LETTERS.search(text) or _BREADCRUMB.search(text):
            continue
        if _opens_with_stamp(text, stamps) and len(text) < 40:
            continue  # "УТВЕРЖДЕНО" over an approval stamp
        is_sentence = text.endswith(".") and len(_LETTERS.findall(text)) >= _SENTENCE_WORDS
        if len(text) > _HEADING_MAX_CHARS or is_sentence or block.kind is BlockKind.LIST_ITEM:
            return None
        return _with_continuation(
            annotated, blocks, blocks.index(block), DocumentKind.OTHER, abbreviations, lower_only=True
        )
    return None


def _opens_with_stamp(text: str, stamps: set[str]) -> bool:
    """The text's first word is a stamp word ("УТВЕРЖДЕНО", "СОГЛАСОВАНО")."""
    first = _LETTERS.findall(text)[:1]
    return bool(first) and lemma(first[0].lower()) in stamps


def _is_prose(text: str, abbreviations: frozenset[str]) -> bool:
    """Sentences, not a title: more than one sentence, or one long sentence with its full stop
    (``Итоги работы центра были представлены на конференции ... .``); a dot after an
    abbreviation (``г. Энска``) ends no sentence."""
    text = " ".join(text.split())
    for stop in re.finditer(r"(\w*)[.!?]\s+[А-ЯЁA-Z]", text.rstrip(".!? ")):
        word = stop.group(1).lower()
        if len(word) > 2 and word not in abbreviations:
            return True
    return text.endswith(".") and len(_LETTERS.findall(text)) >= _PROSE_WORDS


def _has_period(text: str) -> bool:
    """The text names a period of its own (not one inside a quoted name: «… на 2024–2028 годы»)."""
    return any(not _inside_quotes(text, hint.start()) for hint in _PERIOD_HINT.finditer(text))


def _title_segment(annotated: AnnotatedDocument, title: str, block_index: int) -> Segment:
    from mocparse.nlp.annotate import make_doc

    block = annotated.document.blocks[block_index]
    return Segment(title, block.start, block, make_doc(title))


# --------------------------------------------------------------------------- extract


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> DocumentInfo:
    """Kind, title, municipality, region and period; sets ``context.info`` for later extractors."""
    info = DocumentInfo()
    title = _find_title(annotated, context)
    title_text = ""
    if title is not None:
        title_text = title.text
        info.title = title.text
        context.cache["headings_over_title"] = " ".join(
            annotated.document.block_text(block)
            for block in annotated.document.blocks[: title.blocks[0]]
            if block.kind is BlockKind.HEADING
        )
        info.kind = title.kind
        segments = annotated.block_segments(annotated.document.blocks[title.blocks[0]])
        if segments:
            info.evidence = segments[0].evidence()
        info.period = _title_period(
            title_text, find_dates(_title_segment(annotated, title_text, title.blocks[0]), context), context
        )
    else:
        info.kind = DocumentKind.REPORT
    if info.period is None and title is not None:
        info.period = _dateline_year(annotated, title, context)
    if info.period is None and info.kind is DocumentKind.PLAN:
        info.period = _planned_span(annotated, context)
    if info.period is None and title is not None:
        info.period = _subtitle_period(annotated, title, context)
    if info.period is None:
        reported = _reported_year(annotated, context)
        dated = _dateline_year(annotated, title, context, any_title=True) if title and title.headline else None
        # a dated article reports on its own year: a year named before it is a comparison ("В этом году
        # у нас 163 программы, а в 2023-м было 141" under "23.04.2025, 09:15"); minutes dated 18.03.2025
        # report on the year before
        info.period = dated if dated is not None and _before(reported, dated) else reported
        if info.period is not None and title is not None and not title.headline:
            # minutes dated "от 16.11.2023" report on no later year than their own: "план на 2024 год" is a plan
            own = _dateline_year(annotated, title, context, any_title=True)
            if own is not None and _before(own, info.period):
                info.period = own
    places = _Places(context.rules)
    info.municipality = _choose_municipality(annotated, places, title_text)
    regions = Counter(
        region
        for segment in annotated.text_segments()
        if places.may_name_a_place(segment)
        for region in places.regions(segment.text)
    )
    info.region = regions.most_common(1)[0][0] if regions else None
    context.info = info
    return info


def _before(reported: Period | None, dated: Period) -> bool:
    """No year is reported, or it ends before the dated one starts."""
    if reported is None:
        return True
    return reported.end is not None and dated.start is not None and reported.end < dated.start


def _dateline_year(
    annotated: AnnotatedDocument, title: _Title, context: ExtractionContext, *, any_title: bool = False
) -> Period | None:
    """The year a title names without its number ("МОЦ подвёл итоги года", "… итоги учебного года"), or
    a dated title's year (a news article's), from the dateline right under it ("24.12.2025 ·
    Просмотров: 312"): the calendar year of that date, or the academic year that ends in it (begins in
    it, from October on)."""
    said = _YEAR_WORD.search(title.text)
    if said is None and not any_title:
        return None
    blocks = annotated.document.blocks
    issue_lines = [  # a newspaper's issue line over the headline: "… газета … · № 15 · 18 апреля 2025 г."
        block
        for block in blocks[max(0, title.blocks[0] - 3) : title.blocks[0]]
        if any_title and _names_periodical(annotated.document.block_text(block), context)
    ]
    for block in [*blocks[title.blocks[-1] + 1 : title.blocks[-1] + 3], *issue_lines]:
        if block not in issue_lines and not _DATELINE.match(annotated.document.block_text(block)):
            continue
        for segment in annotated.block_segments(block):
            for match in find_dates(segment, context):
                date, text = match.first, segment.text[match.start : match.stop]
                if said is not None and said.group(1):  # "учебного года": the one that ended in the summer before
                    first = date.year if date.month >= 10 else date.year - 1
                    return Period(text=text, start=dt.date(first, 9, 1), end=dt.date(first + 1, 8, 31))
                return Period(text=text, start=dt.date(date.year, 1, 1), end=dt.date(date.year, 12, 31))
    return None


_YEAR_WORD = re.compile(r"(?<![А-Яа-яЁё0-9])(?:(учебн[а-яё]*)\s+)?год[а-яё]*(?![А-Яа-яЁё])", re.IGNORECASE)
"""A year a title names by the word alone: "итоги года", "итоги учебного года"."""


def _title_period(title: str, matches: list[DateMatch], context: ExtractionContext) -> Period | None:
    """The longest period the title names, with the preposition before it (``за 2024 год``)."""
    if not matches:
        return None
    # a period inside quotes names a programme ("«Развитие образования на 2021 – 2027 годы» за 2024 год")
    outside = [m for m in matches if not _inside_quotes(title, m.start)]
    # "… по реализации Концепции развития дополнительного образования детей до 2030 года": a deadline
    # in a name, not the period (rules: calendar ``not_reported_prepositions``)
    not_reported = "|".join(re.escape(word) for word in context.rules.calendar.not_reported_prepositions)
    deadline = re.compile(rf"(?<![А-Яа-яЁё])(?:{not_reported})\s+$", re.IGNORECASE)
    matches = [
        m
        for m in matches
        if not (m.precision is Precision.YEAR and m.first.year == m.last.year and deadline.search(title[: m.start]))
    ]
    if not matches:
        return None
    outside = [m for m in outside if m in matches]
    words = "|".join(re.escape(word) for word in context.rules.calendar.year_prepositions)

    def preposition(match: DateMatch) -> re.Match[str] | None:
        return re.search(rf"(?<![А-Яа-яЁё])(?:{words})\s+$", title[: match.start], re.IGNORECASE)

    def reported(match: DateMatch) -> bool:
        # "… плана на 2025 год за 9 месяцев 2025 года": the period reported on, before the longest
        found = preposition(match)
        return found is not None and found.group().strip().lower() == "за"

    best = max(outside or matches, key=lambda m: (reported(m), m.last - m.first, -m.start))
    prefix = preposition(best)
    start = prefix.start() if prefix else best.start
    return Period(text=title[start : best.stop], start=best.first, end=best.last)


def _inside_quotes(text: str, position: int) -> bool:
    """``position`` is inside «…» (nested quotes closed by one mark count once: the last closing mark
    of the text closes every quote open before it, «центр «Перспектива» за 2024 год»)."""
    depth = 0
    last_closing = text.rfind("»")
    for index, char in enumerate(text[:position]):
        if char == "«":
            depth += 1
        elif char == "»":
            depth = 0 if index == last_closing else max(0, depth - 1)
    return depth > 0


_PLAN_SPAN_LEAD = re.compile(r"(?<![А-Яа-яЁё])на\s+$", re.IGNORECASE)
"""The preposition right before a plan's years: "на 2024–2028 годы"."""


def _planned_span(annotated: AnnotatedDocument, context: ExtractionContext) -> Period | None:
    """The span a plan without a dated title is made for: the first years "на 2024–2028 годы" of its
    opening blocks (a subprogramme's programme, a plan's own years)."""
    for block in annotated.document.blocks[:_OPENING_BLOCKS]:
        for segment in annotated.block_segments(block):
            for match in find_dates(segment, context):
                if match.precision is not Precision.YEAR or match.first.year == match.last.year:
                    continue
                lead = _PLAN_SPAN_LEAD.search(segment.text, 0, match.start)
                if lead is not None:
                    return Period(text=segment.text[lead.start() : match.stop], start=match.first, end=match.last)
    return None


_OPENING_BLOCKS = 8


def _subtitle_period(annotated: AnnotatedDocument, title: _Title, context: ExtractionContext) -> Period | None:
    """The months a short line right under the title names with their year ("Публикации сообщества,
    сентябрь – ноябрь 2025 г."): the span the document covers."""
    blocks = annotated.document.blocks
    for block in blocks[title.blocks[-1] + 1 : title.blocks[-1] + 1 + _SUBTITLE_BLOCKS]:
        if block.kind is BlockKind.TABLE or len(annotated.document.block_text(block)) > _SUBTITLE_CHARS:
            continue
        for segment in annotated.block_segments(block):
            for match in find_dates(segment, context):
                text = segment.text[match.start : match.stop]
                spanned = match.precision in {Precision.RANGE, Precision.QUARTER} and match.first < match.last
                if spanned and re.search(r"\d{4}", text):
                    return Period(text=text, start=match.first, end=match.last)
    return None


_SUBTITLE_BLOCKS = 2
_SUBTITLE_CHARS = 120


def _in_comparison_aside(text: str, start: int, stop: int) -> bool:
    """The date at ``text[start:stop]`` is inside a bracket that gives an earlier value ("(в 2024 году – 14)",
    "(годом ранее было 71)"), not a bracket that names the period ("(2024/2025 учебный год)")."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or text.rfind(")", opening, start) >= 0:
        return False
    closing = text.find(")", stop)
    aside = text[opening : closing if closing >= 0 else len(text)]
    return _EARLIER_VALUE_ASIDE.search(aside) is not None


_EARLIER_VALUE_ASIDE = re.compile(r"[–—-]\s*\d|\b(?:было|был|была|были|против)\b", re.IGNORECASE)


def _reported_year(annotated: AnnotatedDocument, context: ExtractionContext) -> Period | None:
    """The year a text without a dated title reports on: the first calendar or academic year it
    names (``В 2023 году ...``), deadlines and starting points (``до 2030 года``, ``с 2021 года``) aside."""
    words = "|".join(re.escape(word) for word in context.rules.calendar.not_reported_prepositions)
    is_deadline = re.compile(rf"(?<![А-Яа-яЁё])(?:{words})\s+$", re.IGNORECASE)
    for segment in annotated.text_segments():
        for match in find_dates(segment, context):
            single_year = match.precision is Precision.YEAR and match.first.year == match.last.year
            if not (single_year or match.precision is Precision.ACADEMIC_YEAR):
                continue
            if is_deadline.search(segment.text[max(0, match.start - 4) : match.start]):
                continue
            if _in_comparison_aside(segment.text, match.start, match.stop):
                continue  # "17 программ (в 2024 году – 14)": an aside compares with an earlier year
            return Period(text=segment.text[match.start : match.stop], start=match.first, end=match.last)
    return None


def _choose_municipality(annotated: AnnotatedDocument, places: _Places, title: str) -> str | None:
    mentions = [
        mention
        for segment in annotated.segments
        if places.may_name_a_place(segment)
        for mention in places.municipalities(segment.text)
    ]
    if not mentions:
        return None
    title_names = {name for name, _, _ in places.municipalities(title)}
    weights: Counter[str] = Counter()
    for name, _, weight in mentions:
        weights[name] += weight
    chosen = max(title_names, key=lambda name: weights[name]) if title_names else weights.most_common(1)[0][0]
    forms: Counter[str] = Counter()
    for name, phrase, weight in mentions:
        if name == chosen:
            forms[phrase] += weight
    return forms.most_common(1)[0][0]
