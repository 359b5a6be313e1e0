"""Cited legal and administrative acts: kind, number, date, title, issuer.

``постановления Администрации ... района № 101 от 19.02.2020 г. «О создании ...»``,
``Указом Президента РФ от 07.05.2012 года №599``, ``Протокол № 4 от 01.03.2024г.``,
``N АБ-3915/06``, ``№157-ПП``, ``№ 246-р/адм``, ``(в ред. постановления от 14.03.2024 N 388)``,
``в ред. приказов от 01.02.2023 № 5, от 03.04.2023 № 7`` (two acts). An act needs a number or a
date; the document's own approval stamp (``УТВЕРЖДЕНО приказом ...``, ``Приложение 2 к
постановлению ... от ... № ...`` above the title) is not a citation. The words live in
``rules/legal_acts.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import DateMatch, find_dates
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma
from mocparse.records import LegalAct, Precision
from mocparse.rules import LegalActRules, Rules

_WORD = re.compile(r"[А-Яа-яЁё]+")
_LETTER = r"A-Za-zА-Яа-яЁё"
_NUMBER_BODY = r"(?P<number>[А-ЯЁA-Zа-яё]{0,4}[-\s]?\d[\w./-]*)"
_WINDOW_CHARS = 260
_QUOTE_REACH = 600
_SEPARATORS = re.compile(r"[\s,.:;–—-]{0,4}")
_LIST_GAP = re.compile(r"\s*(?:,|;|и|,\s*и)?\s*")
_ISSUER_END = re.compile(r"[,;()]")
_STAMP_RUN_BLOCKS = 8
_STAMP_LINE_CHARS = 100
_STAMP_FIRST_LINE_CHARS = 150
_SENTENCE_WORDS = 6


@dataclass(frozen=True)
class _Vocabulary:
    kinds: dict[str, list[tuple[str, ...]]]
    """Kind phrases (lemmas) by the lemma of their last word, longest first."""
    number: re.Pattern[str]
    date_word: re.Pattern[str]
    stamp_lemmas: frozenset[str]
    edition: re.Pattern[str] | None
    """An amended edition's words right after an act (``(в ред. ``)."""
    institutions: frozenset[str]
    """Words after which a number names an institution (``СОШ № 3``), lower case."""


_VOCABULARIES: dict[int, tuple[LegalActRules, _Vocabulary]] = {}


def _vocabulary(rules: Rules) -> _Vocabulary:
    kept = _VOCABULARIES.get(id(rules.legal_acts))
    if kept is None or kept[0] is not rules.legal_acts:
        kept = (rules.legal_acts, _build(rules))
        _VOCABULARIES[id(rules.legal_acts)] = kept
    return kept[1]


def _build(rules: Rules) -> _Vocabulary:
    acts = rules.legal_acts
    kinds: dict[str, list[tuple[str, ...]]] = {}
    for kind in acts.kinds:
        phrase = tuple(lemma(word.lower()) for word in kind.split())
        kinds.setdefault(phrase[-1], []).append(phrase)
    for phrases in kinds.values():
        phrases.sort(key=len, reverse=True)
    marks = []
    for mark in sorted(acts.number_marks, key=len, reverse=True):
        escaped = re.escape(mark)
        marks.append(rf"(?<![{_LETTER}]){escaped}(?![{_LETTER}])" if mark[:1].isalpha() else escaped)
    mark = "(?:" + "|".join(marks) + ")"
    date_word = "(?:" + "|".join(re.escape(word) for word in acts.date_words) + ")"
    return _Vocabulary(
        kinds=kinds,
        number=re.compile(rf"{mark}\s*{_NUMBER_BODY}"),
        date_word=re.compile(rf"(?<![{_LETTER}]){date_word}\s*$", re.IGNORECASE),
        stamp_lemmas=frozenset(lemma(word.lower()) for word in acts.stamp_words),
        edition=re.compile(
            r"\s*[(,]?\s*(?:"
            + "|".join(re.escape(word) for word in sorted(acts.edition_words, key=len, reverse=True))
            + ")",
            re.IGNORECASE,
        )
        if acts.edition_words
        else None,
        institutions=frozenset(
            word.lower()
            for word in (
                *rules.document.organization_forms,
                *rules.document.institution_types,
                *rules.legal_acts.numbered_places,
            )
        ),
    )


# --------------------------------------------------------------------------- quotes


class _QuoteMarks:
    """The «» marks of a segment, to ask whether a position is inside a «quoted title»."""

    def __init__(self, text: str) -> None:
        self.positions = [index for index, char in enumerate(text) if char in "«»"]
        self.opening = [text[index] == "«" for index in self.positions]
        self.open_before: list[int] = [0]
        for is_opening in self.opening:
            self.open_before.append(self.open_before[-1] + (1 if is_opening else -1))

    def inside(self, position: int) -> bool:
        """True when a quote is open at ``position`` and the next mark after it closes one. (A name
        with merged closing marks, ``«Центр «Исток»``, leaves a quote open although the text after
        it is outside; the next mark there is an opening one or none.)"""
        index = bisect_left(self.positions, position)
        if self.open_before[index] <= 0:
            return False
        return index < len(self.positions) and not self.opening[index]


def _quotes(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Outer «quoted» spans that open in ``[start, stop)``. A quote whose outer mark is never closed
    was closed together with the quote inside it (``«Центр «Радуга»``, ``«Об утверждении программы
    «Развитие ...»``): it ends at its first closing mark."""
    spans = []
    position = text.find("«", start, stop)
    while position >= 0:
        depth = 0
        first_close = None
        end = None
        for index in range(position, min(len(text), stop + _QUOTE_REACH)):
            char = text[index]
            if char == "«":
                depth += 1
            elif char == "»":
                depth -= 1
                first_close = index if first_close is None else first_close
                if depth == 0:
                    end = index + 1
                    break
        if end is None:
            if first_close is None:
                break
            end = first_close + 1
        spans.append((position, end))
        position = text.find("«", end, stop)
    return spans


def _without_quotes(text: str) -> str:
    """``text`` with its quoted parts blanked (same length), so punctuation inside them is ignored."""
    for start, stop in _quotes(text, 0, len(text)):
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


def _title_text(text: str, span: tuple[int, int]) -> str:
    """The title without its outer quote marks (a merged closing mark stays with the inner quote)."""
    inner = text[span[0] + 1 : span[1]]
    if inner.count("«") < inner.count("»"):
        inner = inner[:-1]
    return " ".join(inner.split())


# --------------------------------------------------------------------------- kinds


@dataclass(frozen=True, slots=True)
class _Kind:
    start: int
    stop: int
    kind: str


def _kinds(segment: Segment, vocabulary: _Vocabulary) -> list[_Kind]:
    """Kind words of a segment, as whole words (``10.Распоряжение`` too), longest kind first."""
    words = [(match.start(), match.end(), lemma(match.group().lower())) for match in _WORD.finditer(segment.text)]
    found = []
    for index, (_start, stop, word) in enumerate(words):
        for phrase in vocabulary.kinds.get(word, ()):
            first = index - len(phrase) + 1
            if first >= 0 and tuple(w for _, _, w in words[first : index + 1]) == phrase:
                found.append(_Kind(words[first][0], stop, " ".join(phrase)))
                break
    return found


# --------------------------------------------------------------------------- stamps


def _stamp_blocks(annotated: AnnotatedDocument, context: ExtractionContext, vocabulary: _Vocabulary) -> set[int]:
    """Blocks of the document's own approval stamps: everything above the title, and each run that
    opens with a stamp word (``УТВЕРЖДАЮ``, ``Приложение 2``) over the short lines after it."""
    cached: set[int] | None = context.cache.get("legal_acts.stamps")
    if cached is not None:
        return cached
    title = context.info.evidence
    title_block = title.block if title is not None else None
    stamps: set[int] = set(range(title_block)) if title_block is not None else set()
    blocks = annotated.document.blocks
    if title_block is not None and title_block < len(blocks):
        # "ПРОТОКОЛ № 2", "ПРИКАЗ от 12.01.2025 № 4": the document's own number, not a citation
        first = _WORD.search(annotated.document.block_text(blocks[title_block]))
        kind = lemma(first.group().lower()) if first is not None and first.start() <= 2 else None
        if kind is not None and (kind,) in vocabulary.kinds.get(kind, []):
            stamps.add(title_block)
    index = 0
    while index < len(blocks):
        if not _opens_stamp(annotated.document.block_text(blocks[index]), vocabulary):
            index += 1
            continue
        stamps.add(blocks[index].index)
        index += 1
        for _ in range(_STAMP_RUN_BLOCKS):
            if index >= len(blocks) or blocks[index].index == title_block:
                break
            text = annotated.document.block_text(blocks[index]).strip()
            if len(text) > _STAMP_LINE_CHARS or (text.endswith(".") and len(_WORD.findall(text)) >= _SENTENCE_WORDS):
                break  # a sentence of the body
            stamps.add(blocks[index].index)
            index += 1
    context.cache["legal_acts.stamps"] = stamps
    return stamps


def _opens_stamp(text: str, vocabulary: _Vocabulary) -> bool:
    """A block that opens a stamp: a stamp word first, in capitals or on a first line that is no
    sentence (``Утвержден план ... приказом ...`` in the body is a citation)."""
    first_line = text.strip().split("\n", 1)[0].strip()
    word = _WORD.search(first_line[:40])
    if word is None or word.start() > 2 or lemma(word.group().lower()) not in vocabulary.stamp_lemmas:
        return False
    if word.group().isupper() and len(word.group()) > 1:
        return True
    return len(first_line) <= _STAMP_FIRST_LINE_CHARS and not first_line.endswith(".")


# --------------------------------------------------------------------------- citations


@dataclass
class _Citation:
    number: str | None
    date: DateMatch | None
    start: int
    end: int


class _Reader:
    """Reads the acts of one segment."""

    def __init__(self, segment: Segment, context: ExtractionContext, vocabulary: _Vocabulary) -> None:
        self.segment = segment
        self.text = segment.text
        self.vocabulary = vocabulary
        self.prepositions = set(context.rules.language.prepositions)
        self.dates = sorted(
            (match for match in find_dates(segment, context) if match.precision is Precision.DAY), key=lambda m: m.start
        )
        self.date_starts = [match.start for match in self.dates]
        calendar = context.rules.calendar
        # what may stand between a date and a bracket after it: "22 мая 2025 года (протокол № 4)"
        self.year_words = {calendar.year_word, *(word.lower() for word in calendar.year_abbreviations)}

    def acts(self) -> list[tuple[LegalAct, int, int]]:
        """(act, start, end) of every act cited in the segment."""
        kinds = _kinds(self.segment, self.vocabulary)
        if not kinds:
            return []
        marks = _QuoteMarks(self.text)
        found = []
        for index, kind in enumerate(kinds):
            following = kinds[index + 1].start if index + 1 < len(kinds) else len(self.text)
            window_end = min(following, kind.stop + _WINDOW_CHARS)
            inside_quotes = marks.inside(kind.start)
            if inside_quotes:
                window_end = self.text.find("»", kind.stop, window_end + 1)
            quotes = [] if inside_quotes else _quotes(self.text, kind.stop, window_end)
            masked = self.text
            for start, stop in quotes:
                masked = masked[:start] + " " * (stop - start) + masked[stop:]
            citations = self._citations(masked, kind.stop, window_end)
            if not citations:
                continue
            opening = citations[0].start
            title = self._title(quotes, kind.stop, opening, citations[0].end)
            issuer_end = min(opening, title[0]) if title is not None else opening
            issuer = self._issuer(kind.stop, issuer_end)
            title_text = _title_text(self.text, title) if title is not None else None
            for position, citation in enumerate(citations):
                phrase_end = max(citation.end, title[1] if title is not None and position == 0 else 0)
                date = citation.date or (self._date_before_bracket(kind.start) if position == 0 else None)
                act = LegalAct(
                    kind=kind.kind,
                    number=citation.number,
                    date=date.first if date else None,
                    title=title_text if position == 0 else None,
                    issuer=issuer,
                    evidence=self.segment.evidence(span=(kind.start, citation.end), phrase=(kind.start, phrase_end)),
                    rule="legal_acts.kind_number_date",
                    confidence=0.9 if citation.number and date else 0.75,
                )
                found.append((act, kind.start, citation.end))
            found.extend(self._editions(kind, citations[-1].end, title, issuer))
        return found

    def _editions(
        self, kind: _Kind, end: int, title: tuple[int, int] | None, issuer: str | None
    ) -> list[tuple[LegalAct, int, int]]:
        """Amended editions cited right after an act: "(в ред. от 19.06.2024 № 731)" is an act of the
        same kind."""
        pattern = self.vocabulary.edition
        start = max(end, title[1] if title is not None else 0)
        found = pattern.match(self.text, start) if pattern is not None else None
        if found is None:
            return []
        editions = []
        for citation in self._citations(self.text, found.end(), min(len(self.text), found.end() + _WINDOW_CHARS)):
            act = LegalAct(
                kind=kind.kind,
                number=citation.number,
                date=citation.date.first if citation.date else None,
                issuer=issuer,
                evidence=self.segment.evidence(
                    span=(citation.start, citation.end), phrase=(found.start(), citation.end)
                ),
                rule="legal_acts.edition",
                confidence=0.8,
            )
            editions.append((act, citation.start, citation.end))
        return editions

    def _date_before_bracket(self, start: int) -> DateMatch | None:
        """The day just before a bracket that opens with the act: "на заседании 22 мая 2025 года
        (протокол № 4)" — the minutes are of that day."""
        opening = self.text.rfind("(", 0, start)
        if opening < 0 or self.text[opening + 1 : start].strip():
            return None
        for match in reversed(self.dates[: bisect_left(self.date_starts, opening)]):
            between = self.text[match.stop : opening].strip(" ,").lower()
            return match if not between or between in self.year_words or lemma(between) in self.year_words else None
        return None

    def _title(self, quotes: list[tuple[int, int]], kind_end: int, start: int, end: int) -> tuple[int, int] | None:
        """The quoted title right after the citation (``№ 5 от ... «О ...»``), or between the kind
        word and the citation (``приказом «О ...» от ...``); a quoted name among the issuer's words
        (``приказом МБУ ДО «Центр «Исток» от ...``) is not a title."""
        for span in quotes:
            if span[0] >= end and _SEPARATORS.fullmatch(self.text[end : span[0]]):
                return span
        for span in quotes:
            between = (self.text[kind_end : span[0]], self.text[span[1] : start])
            if span[1] <= start and all(_SEPARATORS.fullmatch(gap) for gap in between):
                return span
        return None

    def _citations(self, masked: str, start: int, stop: int) -> list[_Citation]:
        """Number and date of the act after its kind word, outside quotes; then any further
        ``, от <date> № <number>`` sharing the kind (``приказов от ... № 5, от ... № 7``)."""
        citations: list[_Citation] = []
        position = start
        while position < stop:
            number = self._number(masked, position, stop)
            date = self._date(masked, position, stop, numbered=number is not None)
            if citations:
                # a further citation follows at once after a separator: "от <date> № <n>" or "№ <n> от <date>"
                date_first = date is not None and _LIST_GAP.fullmatch(masked[position : self._date_word_start(date)])
                number_first = number is not None and _LIST_GAP.fullmatch(masked[position : number.start()])
                if not (date_first or number_first):
                    break
                if date_first and number is not None and date is not None and number.start() > date.stop + 4:
                    number = None
                if number_first and number is not None and date is not None and date.start > number.end() + 4:
                    date = None
            if number is None and date is None:
                break
            if number is not None and date is not None and number.start() > date.stop + 40:
                number = None  # a number far after the date belongs to something else
            if number is not None and date is not None and date.start > number.end() + 60:
                date = None
            begin = min(number.start() if number else stop, self._date_word_start(date) if date else stop)
            end = max(number.end() if number else 0, date.stop if date else 0)
            value = number.group("number").rstrip(".,;:-") if number else None
            citations.append(_Citation(value, date, begin, end))
            position = end
        return citations

    def _number(self, masked: str, start: int, stop: int) -> re.Match[str] | None:
        """The first act number in ``[start, stop)``; a number after an institution (``СОШ № 3``)
        is the institution's."""
        for match in self.vocabulary.number.finditer(masked, start, stop):
            before = _WORD.findall(masked[max(0, match.start() - 24) : match.start()])
            if before and (
                before[-1].lower() in self.vocabulary.institutions
                or lemma(before[-1].lower()) in self.vocabulary.institutions
            ):
                continue
            return match
        return None

    def _date(self, masked: str, start: int, stop: int, numbered: bool) -> DateMatch | None:
        """The first day date in ``[start, stop)`` outside quotes, after a date word (``от``), or
        anywhere when the act has a number."""
        for match in self.dates[bisect_left(self.date_starts, start) :]:
            if match.start >= stop:
                break
            if not masked[match.start : match.stop].strip():
                continue
            if numbered or self.vocabulary.date_word.search(self.text[max(start, match.start - 5) : match.start]):
                return match
        return None

    def _date_word_start(self, date: DateMatch) -> int:
        found = self.vocabulary.date_word.search(self.text[max(0, date.start - 5) : date.start])
        return max(0, date.start - 5) + found.start() if found else date.start

    def _issuer(self, start: int, stop: int) -> str | None:
        """Who issued the act: the words between its kind and its number, date or title."""
        window = self.text[start:stop]
        end = _ISSUER_END.search(_without_quotes(window))
        text = " ".join(window[: end.start() if end else len(window)].split()).strip(" -–—")
        words = text.split()
        if not words or words[0].lower() in self.prepositions:
            return None
        return text


_DIGIT = re.compile(r"\d")


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[LegalAct]:
    """Every cited act with a number or a date."""
    vocabulary = _vocabulary(context.rules)
    stamps = _stamp_blocks(annotated, context, vocabulary)
    acts: list[LegalAct] = []
    for segment in annotated.segments:
        if segment.block.index in stamps or _DIGIT.search(segment.text) is None:
            continue
        for act, start, stop in _Reader(segment, context, vocabulary).acts():
            acts.append(act)
            context.claim(segment.start + start, segment.start + stop)
    return _merge_repeats(acts)


def _merge_repeats(acts: list[LegalAct]) -> list[LegalAct]:
    """One item per act: a second citation of the same kind and number (or date) fills gaps only."""
    merged: dict[tuple[str, str], LegalAct] = {}
    for act in acts:
        key = (act.kind, act.number or (act.date.isoformat() if act.date else ""))
        first = merged.get(key)
        if first is None:
            merged[key] = act
            continue
        first.date = first.date or act.date
        first.title = first.title or act.title
        first.issuer = first.issuer or act.issuer
    return list(merged.values())
