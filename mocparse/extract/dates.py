"""Dates and periods: every explicit date, month, part of a year, season, year, academic year or
range, normalized to ISO start/end. The words come from ``rules/calendar.yaml``.

Forms: ``19.02.2020``, ``01.03.2024г.``, ``2023.11.14 16:05``, ``9 марта 2023 года``,
``«14» ноября 2014 г.``, ``6 июня`` (year from the sentence or the document), ``16 марта, 2 июля
и 27 октября 2021 г.`` (one year for the list), ``с 15 ноября по 15 декабря 2023 года``,
``12–14 апреля 2024 г.``, ``05.02.2024 – 22.03.2024``, ``Октябрь 2025 – март 2026``, ``Май-июль``,
``Сентябрь 2023``, ``в апреле``, ``IV квартал 2023 года``, ``во втором квартале``, ``первое
полугодие``, ``летом 2024 года``, ``2023/2024 учебный год``, ``2022 – 23 учебном году``,
``2020–2024 годы`` (whole years), ``в 2022 году``, ``до 2030г.``, ``В 2023-м``. Not dates: blanks
(``«___» ____ 2022 г.``), years in names (``«Педагог года – 2024»``), copyright years.

A segment is read in three steps: *atoms* (a day, a month, a part of a year, a season, a year,
two years) are found with patterns built from the rule words; neighbouring atoms joined by a
dash or by ``с … по …`` become ranges; a day or month without a year takes the year of the atom
it is listed or ranged with, else the document's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, cached_property

from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import parses
from mocparse.records import DateFact, Period, Precision
from mocparse.rules import Calendar, Rules, Season, YearPart

# Number formats (grammar of written dates, not vocabulary).
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_ORDINAL_END = r"(?:-?(?:м|й|ом|го))"
_DASH = r"[-–—]"
_DIGIT = re.compile(r"\d")
_BLANK_BEFORE = re.compile(r"[_…]\s*[»\"]?\s*[_…]*\s*$")
_ROMAN = re.compile(r"[IVX]+")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a segment (local offsets)."""

    start: int
    stop: int
    first: dt.date
    last: dt.date
    precision: Precision
    rule: str


# --------------------------------------------------------------------------- vocabulary


@cache
def _forms(word: str) -> frozenset[str]:
    """Every inflected form of a word in lower case (``ё`` also as ``е``); an abbreviation (ending
    with a dot) or a Roman numeral stands for itself."""
    word = word.lower()
    if word.endswith(".") or not word.isalpha() or _ROMAN.fullmatch(word.upper()):
        return frozenset({word})
    found = {word}
    for parse in parses(word):
        if parse.normal_form.replace("ё", "е") == word.replace("ё", "е"):
            found.update(form.word for form in parse.lexeme if form.word.startswith(word[:2]))
    return frozenset(found | {form.replace("ё", "е") for form in found})


def _word_regex(forms: set[str] | frozenset[str]) -> str:
    """Alternation of word forms: a full word must end there, an abbreviation ends with its dot
    or before a non-letter (``2024г.``, ``2024 г``, ``г.г.``, ``уч.г.``)."""
    words = sorted((form for form in forms if not form.endswith(".")), key=len, reverse=True)
    parts = [rf"(?:{'|'.join(re.escape(word) for word in words)})(?![а-яёa-z])"] if words else []
    for abbreviation in sorted((form for form in forms if form.endswith(".")), key=len, reverse=True):
        pieces = [re.escape(piece) for piece in abbreviation.rstrip(".").split(".")]
        parts.append(r"\.\s?".join(pieces) + r"(?:\.|(?![а-яёa-z]))")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _phrase_regex(phrase: str) -> str:
    """A phrase of rule words, each in any form, separated by optional spaces after a dot."""
    return r"\s*".join(_word_regex(_forms(word)) for word in _split_phrase(phrase))


def _split_phrase(phrase: str) -> list[str]:
    """``уч.г.`` -> ``уч.``, ``г.``; ``учебный год`` -> ``учебный``, ``год``."""
    return re.findall(r"[^\s.]+\.?", phrase)


def _key(text: str) -> str:
    """Lookup key of a written word: lower case, ``ё`` as ``е``, no dots or spaces."""
    return re.sub(r"[.\s]", "", text.lower().replace("ё", "е"))


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    year_first: re.Pattern[str]
    text_day: re.Pattern[str]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    year_part: re.Pattern[str]
    season: re.Pattern[str]
    elapsed_months: re.Pattern[str]
    year_pair: re.Pattern[str]
    year_with_word: re.Pattern[str]
    year_after_preposition: re.Pattern[str]
    partial_left: re.Pattern[str]
    range_gap: re.Pattern[str]
    range_from_before: re.Pattern[str]
    list_gap: re.Pattern[str]
    listed_days: re.Pattern[str]
    academic: re.Pattern[str]
    academic_before: re.Pattern[str]
    header_year: re.Pattern[str]
    imprint_year: re.Pattern[str]
    month_hint: re.Pattern[str]
    """The first letters of every month form: a text without them has no month name (cheap test)."""
    part_hint: re.Pattern[str]
    """The first letters of every year-part noun (квартал, полугодие …)."""


class Vocabulary:
    """The words of ``rules/calendar.yaml`` expanded to their forms, and the patterns built from them."""

    def __init__(self, rules: Calendar, number_words: dict[str, int] | None = None) -> None:
        self.rules = rules
        # "девяти месяцев 2025 года": counts of months written as words
        self.count_of: dict[str, int] = {
            _key(form): value for word, value in (number_words or {}).items() if 1 < value < 12 for form in _forms(word)
        }
        self.month_of: dict[str, int] = {}
        for month, words in rules.months.items():
            for word in words:
                for form in _forms(word):
                    self.month_of[_key(form)] = month
        self.ordinal_of = {_key(form): n for n, words in rules.ordinals.items() for w in words for form in _forms(w)}
        self.part_of: dict[str, YearPart] = {
            _key(form): part for part in rules.year_parts for word in part.words for form in _forms(word)
        }
        self.season_of: dict[str, Season] = {
            _key(form): season for season in rules.seasons for word in season.words for form in _forms(word)
        }
        year_forms = _forms(rules.year_word)
        self.plural_year_forms = frozenset(
            {_key(form) for form in year_forms if _is_plural(form, rules.year_word)}
            | {_key(word) for word in rules.years_abbreviations}
        )
        self.year_word_forms = frozenset(_key(form) for form in year_forms)
        self.prepositions = frozenset(word.lower() for word in rules.year_prepositions)

    @cached_property
    def patterns(self) -> _Patterns:
        """The patterns of one set of rules (built on first use)."""
        rules = self.rules
        flags = re.IGNORECASE
        month = _word_regex({form for words in rules.months.values() for w in words for form in _forms(w)})
        year_word = _word_regex(
            _forms(rules.year_word)
            | {w.lower() for w in rules.year_abbreviations}
            | {w.lower() for w in rules.years_abbreviations}
        )
        ordinal_words = {form for words in rules.ordinals.values() for w in words for form in _forms(w)}
        ordinal = "(?:" + "|".join(sorted(map(re.escape, ordinal_words), key=len, reverse=True)) + ")"
        part = _word_regex({form for p in rules.year_parts for w in p.words for form in _forms(w)})
        season = _word_regex({form for s in rules.seasons for w in s.words for form in _forms(w)})
        academic = "(?:" + "|".join(_phrase_regex(phrase) for phrase in rules.academic_year_words) + ")"
        range_from = _word_regex({w.lower() for w in rules.range_from})
        range_to = _word_regex({w.lower() for w in rules.range_to})
        preposition = _word_regex({w.lower() for w in rules.year_prepositions})
        year_tail = rf"(?:\s?(?P<yw>{year_word}))?"
        written_year = rf"(?P<y>{_YEAR})(?![\d]|{_DASH}?х(?![а-яё]))"
        return _Patterns(
            numeric=re.compile(
                r"(?<![\d.,])(?:(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y2>\d\d)|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}))"
                rf"(?![\d]|\.\d|,\d){year_tail}",
                flags,
            ),
            year_first=re.compile(rf"(?<![\d.,/])(?P<y>{_YEAR})([.-])(?P<m>\d\d)\2(?P<d>\d\d)(?![\d])"),
            text_day=re.compile(
                rf"(?<![\d.,])(?P<q>«)?(?P<d>\d{{1,2}})(?(q)»)(?:-?(?:го|е|ое))?\s*(?P<mon>{month})"
                rf"(?:\s*{written_year}{year_tail})?",
                flags,
            ),
            month_year=re.compile(rf"(?<![а-яё\d])(?P<mon>{month})\s*{written_year}{year_tail}", flags),
            bare_month=re.compile(rf"(?<![а-яё\d])(?P<mon>{month})", flags),
            year_part=re.compile(
                rf"(?<![а-яё\d])(?:(?:{range_from}\s+)?(?P<ord0>{ordinal})\s*(?:{_DASH}|\s(?:{range_to})\s)\s*)?"
                rf"(?P<ord>{ordinal})(?P<end>\s?-?\s?(?:й|ый|ий|ой|го|ого|ом|м|е|ое))?\s*(?P<part>{part})"
                rf"(?:\s*{written_year}{year_tail})?",
                flags,
            ),
            season=re.compile(
                rf"(?<![а-яё])(?P<season>{season})(?:\s+период[а-яё]*)?(?:\s+|\s*{_DASH}\s*){written_year}{year_tail}",
                flags,
            ),
            # "9 месяцев 2025 года", "за 9 месяцев (по итогам III квартала) 2025 года"
            elapsed_months=re.compile(
                rf"(?<![\d.,])(?P<n>\d{{1,2}}|{_word_regex(set(self.count_of))})\s+{_word_regex(set(_forms(rules.month_word)))}"
                rf"\s*(?:\([^()]{{0,60}}\)\s*)?{written_year}{year_tail}",
                flags,
            ),
            year_pair=re.compile(
                rf"(?<![\d.,№/])(?P<y1>{_YEAR})(?P<sep>\s*(?:{_DASH}|/)\s*|\s+и\s+)(?P<y2>{_YEAR}|\d\d)(?![\d]|[.,]\d)"
                rf"(?:{_DASH}?(?:х|е|м)(?![а-яё]))?"
                rf"(?:\s*(?:(?P<academic>{academic})|(?P<unit>{year_word})))?",
                flags,
            ),
            year_with_word=re.compile(rf"(?<![\d.,№/])(?P<y>{_YEAR}){_ORDINAL_END}?\s?(?P<yw>{year_word})", flags),
            year_after_preposition=re.compile(
                rf"(?<![а-яё])(?:{preposition})\s+(?P<y>{_YEAR}){_ORDINAL_END}?(?![\d.,%]\d?|[а-яё]|{_DASH}?х)",
                flags,
            ),
            partial_left=re.compile(
                rf"(?:(?P<from>{range_from})\s+)?(?P<q>«)?(?P<d>\d{{1,2}})(?(q)»)(?:\.(?P<m>\d{{1,2}}))?"
                rf"(?:\s*{_DASH}\s*|\s+(?:{range_to})\s+)$",
                flags,
            ),
            range_gap=re.compile(rf"^(?:\s*{_DASH}\s*|\s+(?P<to>{range_to})\s+)$", flags),
            range_from_before=re.compile(rf"(?<![а-яё])(?:{range_from})\s+$", flags),
            list_gap=re.compile(r"^\s*(?:,|;|,?\s+и)\s*$", flags),
            listed_days=re.compile(r"(?<![\d.,:;%])(?:\d{1,2}(?:\s*,\s*и\s+|\s*,\s*|\s+и\s+))+$", flags),
            academic=re.compile(academic, flags),
            academic_before=re.compile(rf"(?:{academic})\s*$", flags),
            header_year=re.compile(rf"(?<![\d.,№])(?P<y>{_YEAR})(?![\d]|[.,]\d)"),
            imprint_year=re.compile(rf"^[^\d]{{2,60}},\s*(?P<y>{_YEAR})\s*$"),
            month_hint=_hint({form for words in rules.months.values() for w in words for form in _forms(w)}),
            part_hint=_hint({form for p in rules.year_parts for w in p.words for form in _forms(w)}),
        )


def _hint(forms: set[str] | frozenset[str]) -> re.Pattern[str]:
    """A pattern of the first three letters of ``forms`` (a quick test before the full pattern)."""
    prefixes = sorted({form[:3].lower() for form in forms if form})
    return re.compile("|".join(map(re.escape, prefixes)) or "(?!)", re.IGNORECASE)


def _is_plural(form: str, lemma: str) -> bool:
    """True when every reading of ``form`` as ``lemma`` is plural (``годы``, ``годах``; not ``года``)."""
    readings = [p for p in parses(form) if p.normal_form == lemma]
    return bool(readings) and all("plur" in p.tag for p in readings)


_VOCABULARIES: dict[int, tuple[Calendar, Vocabulary]] = {}


def vocabulary(rules: Rules) -> Vocabulary:
    """The calendar vocabulary of ``rules`` (built once per set of rules)."""
    kept = _VOCABULARIES.get(id(rules.calendar))
    if kept is None or kept[0] is not rules.calendar:
        kept = (rules.calendar, Vocabulary(rules.calendar, rules.language.number_words))
        _VOCABULARIES[id(rules.calendar)] = kept
    return kept[1]


# --------------------------------------------------------------------------- atoms


@dataclass(frozen=True, slots=True)
class _Atom:
    """One date expression before ranges and missing years are worked out."""

    start: int
    stop: int
    kind: str
    """``day``, ``month``, ``part``, ``season``, ``years`` (first and last are whole years) or ``span``."""
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    precision: Precision | None = None
    months: tuple[int, int] | None = None
    """First and last month of a part of a year or a season (the last may be in the next year)."""
    part_precision: Precision = Precision.RANGE


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str, century_from: int | None = None) -> int:
    value = int(text)
    if len(text) == 2:
        return (century_from // 100 * 100 + value) if century_from else 2000 + value
    return value


class _Finder:
    """Finds date expressions in one segment."""

    def __init__(self, segment: Segment, context: ExtractionContext) -> None:
        self.text = segment.text
        self.context = context
        self.vocabulary = vocabulary(context.rules)
        self.patterns = self.vocabulary.patterns
        self.is_cell = segment.cell is not None
        self.is_header_cell = segment.cell is not None and segment.cell.is_header
        self.implied_year = _table_year(segment, context) or _feed_year(segment, self.vocabulary, context)
        """The year of a date that writes none, before the document's period: the one year its
        table writes, or in a feed of dated posts the year of its post."""
        self.column_part = _column_year_part(segment, self.vocabulary, context)
        """The part of a year a table column's header names ("Срок исполнения (квартал)"), if any."""
        self.atoms: list[_Atom] = []
        self.names: list[tuple[int, int]] = []
        """Quoted names that end with a year (``«Весна 2025»``): nothing inside them is a date."""

    # -- atoms
    def add(self, atom: _Atom) -> None:
        before = self.text[max(0, atom.start - 12) : atom.start]
        if _BLANK_BEFORE.search(before):
            return
        if any(before.rstrip().endswith(mark) for mark in self.vocabulary.rules.not_date_marks):
            return
        if self.ends_a_name(atom):
            opening = self.text.rfind("«", 0, atom.start)
            self.names.append((opening if opening >= 0 else atom.start, atom.stop))
            return
        self.atoms.append(atom)

    def ends_a_name(self, atom: _Atom) -> bool:
        """A year that closes a quoted name without the word "год" or a preposition before it
        (``«Весна 2025»``, ``«Итоги 2024»``) names an event, not a period (``«План на 2024»`` dates)."""
        if atom.kind == "day" or not self.text[atom.start : atom.stop][-4:].isdigit():
            return False
        if not self.text[atom.stop :].lstrip().startswith("»"):
            return False
        previous = re.search(r"(\w+)\W*$", self.text[max(0, atom.start - 40) : atom.start])
        return previous is None or previous.group(1).lower() not in self.vocabulary.prepositions

    def whole(self, start: int, stop: int, first: dt.date, last: dt.date, precision: Precision, rule: str) -> None:
        if first <= last:
            self.add(_Atom(start, stop, "span", rule, first=first, last=last, precision=precision))

    def years(self, start: int, stop: int, first: int, last: int, rule: str) -> None:
        self.add(_Atom(start, stop, "years", rule, year=first, first=dt.date(first, 1, 1), last=dt.date(last, 12, 31)))

    def find_atoms(self) -> None:
        p = self.patterns
        if self.column_part is not None:
            self.ordinal_cell()
        if _DIGIT.search(self.text) is None:
            # Most segments have no digit: only month names (and year parts in words) can match.
            self.bare_months()
            self.year_parts()
            return
        for match in p.numeric.finditer(self.text):
            if match.group("d4"):
                year, month, day = int(match.group("y4")), int(match.group("m4")), int(match.group("d4"))
            else:
                year, month, day = _full_year(match.group("y2")), int(match.group("m")), int(match.group("d"))
            found = _date(year, month, day)
            if found:
                self.add(_Atom(match.start(), match.end(), "day", "dates.numeric", year, month, day))
        for match in p.year_first.finditer(self.text):
            found = _date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            if found:
                self.add(
                    _Atom(match.start(), match.end(), "day", "dates.timestamp", found.year, found.month, found.day)
                )
        for match in p.text_day.finditer(self.text):
            named_month = self.vocabulary.month_of.get(_key(match.group("mon")))
            if named_month is None:
                continue
            day_year = int(match.group("y")) if match.group("y") else None
            stop = match.end() if day_year else match.end("mon")
            self.add(_Atom(match.start(), stop, "day", "dates.text_day", day_year, named_month, int(match.group("d"))))
        for match in p.month_year.finditer(self.text):
            named_month = self.vocabulary.month_of.get(_key(match.group("mon")))
            if named_month is not None:
                self.add(
                    _Atom(match.start(), match.end(), "month", "dates.month_year", int(match.group("y")), named_month)
                )
        self.year_parts()
        for match in p.season.finditer(self.text):
            season = self.vocabulary.season_of[_key(match.group("season"))]
            months = (season.first, season.last)
            self.add(_Atom(match.start(), match.end(), "season", "dates.season", int(match.group("y")), months=months))
        for match in p.elapsed_months.finditer(self.text):
            written = match.group("n")
            count = int(written) if written.isdigit() else self.vocabulary.count_of.get(_key(written), 0)
            if 1 < count < 12:
                year = int(match.group("y"))
                self.add(_Atom(match.start(), match.end(), "season", "dates.elapsed_months", year, months=(1, count)))
        for match in p.year_pair.finditer(self.text):
            self.year_pair(match)
        for match in p.year_with_word.finditer(self.text):
            year = int(match.group("y"))
            self.years(match.start(), match.end(), year, year, "dates.year")
        for match in p.year_after_preposition.finditer(self.text):
            year = int(match.group("y"))
            self.years(match.start("y"), match.end(), year, year, "dates.year_preposition")
        if self.is_header_cell:
            # a year in a column header ("2024", "2024 (факт)", "Изменение 2024/2023") dates the column
            for match in p.header_year.finditer(self.text):
                year = int(match.group("y"))
                self.years(match.start(), match.end(), year, year, "dates.table_header_year")
        imprint = p.imprint_year.match(self.text)
        if imprint:
            year = int(imprint.group("y"))
            self.years(imprint.start("y"), imprint.end("y"), year, year, "dates.imprint_year")
        self.bare_months()

    def bare_months(self) -> None:
        if self.patterns.month_hint.search(self.text) is None:
            return
        for match in self.patterns.bare_month.finditer(self.text):
            month = self.vocabulary.month_of.get(_key(match.group("mon")))
            if month is None:
                continue
            standalone = self.is_cell or len(self.text.strip()) <= len(match.group()) + 1
            if match.start() == 0 and not standalone and not re.match(rf"\s*{_DASH}", self.text[match.end() :]):
                continue  # a sentence that opens with a month name is read through a range or a year only
            self.add(_Atom(match.start(), match.end(), "month", "dates.bare_month", None, month))

    def year_parts(self) -> None:
        if self.patterns.part_hint.search(self.text) is None:
            return
        for match in self.patterns.year_part.finditer(self.text):
            ordinal = self.vocabulary.ordinal_of.get(_key(match.group("ord")))
            part = self.vocabulary.part_of.get(_key(match.group("part")))
            if ordinal is None or part is None or ordinal * part.months > 12:
                continue
            year = int(match.group("y")) if match.group("y") else None
            if year is None and (
                (match.group("ord").isdigit() and not match.group("end")) or self.academic_part(match.end())
            ):
                continue
            first_month = (ordinal - 1) * part.months + 1
            stop = match.end() if year else match.end("part")
            precision = Precision(part.precision)
            months = (first_month, first_month + part.months - 1)
            since = self.vocabulary.ordinal_of.get(_key(match.group("ord0") or ""))
            start = match.start() if since is not None and since < ordinal else match.start("ord")
            if since is not None and since < ordinal:  # "I – II кварталы 2025 г.", "с I по III квартал"
                months, precision = ((since - 1) * part.months + 1, months[1]), Precision.RANGE
            self.add(_Atom(start, stop, "part", "dates.year_part", year, months=months, part_precision=precision))

    def ordinal_cell(self) -> None:
        """A cell of Roman ordinals under a column header that names the part of a year ("квартал"
        over "I", "I–II", "I, III"): those parts of the document's year."""
        assert self.column_part is not None
        if _ORDINAL_CELL.fullmatch(self.text.strip()) is None:
            return
        part = self.column_part
        for match in _ORDINAL_ITEM.finditer(self.text):
            first = self.vocabulary.ordinal_of.get(_key(match.group("first")))
            last = self.vocabulary.ordinal_of.get(_key(match.group("last") or match.group("first")))
            if first is None or last is None or not first <= last or last * part.months > 12:
                continue
            months = ((first - 1) * part.months + 1, last * part.months)
            precision = Precision(part.precision) if first == last else Precision.RANGE
            self.add(
                _Atom(
                    match.start(),
                    match.end(),
                    "part",
                    "dates.column_part",
                    None,
                    months=months,
                    part_precision=precision,
                )
            )

    def academic_part(self, end: int) -> bool:
        """True when a part of a year without a year belongs to a school year ("первое полугодие
        учебного года", or any part in a document about an academic year): its months are not
        those of the calendar, so it is not dated. ("за 2 квартала" counts quarters: not dated either.)"""
        following = self.patterns.academic.match(self.text, end + len(self.text[end:]) - len(self.text[end:].lstrip()))
        return following is not None or self.document_is_academic()

    def document_is_academic(self) -> bool:
        period = self.context.period
        if period is None or period.start is None:
            return False
        start = self.vocabulary.rules.academic_year_start
        return (period.start.month, period.start.day) == (start.month, start.day)

    def year_pair(self, match: re.Match[str]) -> None:
        first_year = int(match.group("y1"))
        last_year = _full_year(match.group("y2"), first_year)
        if last_year <= first_year or last_year - first_year > 20:
            return
        separator = match.group("sep").strip()
        unit = match.group("unit")
        plural = unit is not None and _key(unit) in self.vocabulary.plural_year_forms
        consecutive = last_year == first_year + 1
        named_before = self.patterns.academic_before.search(self.text[max(0, match.start() - 20) : match.start()])
        academic = consecutive and (
            bool(match.group("academic") or named_before)
            or (separator == "/" and not plural)
            or (separator not in {"и", "/"} and not plural and self.period_is_academic())
        )
        if separator == "и" and not (plural and consecutive):
            return  # "в 2022 и 2024 годах": two years, each found on its own
        if academic:
            start = self.vocabulary.rules.academic_year_start
            first = dt.date(first_year, start.month, start.day)
            last = dt.date(last_year, start.month, start.day) - dt.timedelta(days=1)
            self.whole(match.start(), match.end(), first, last, Precision.ACADEMIC_YEAR, "dates.academic_year")
        elif unit is not None or match.group("academic") or named_before or separator != "/":
            self.years(match.start(), match.end(), first_year, last_year, "dates.year_range")

    def period_is_academic(self) -> bool:
        if self.context.period is None or self.context.period.start is None:
            return self.patterns.academic.search(self.text) is not None
        return self.document_is_academic()

    # -- ranges and years
    def join_ranges(self, atoms: list[_Atom]) -> list[_Atom]:
        """Atoms joined by a dash or by ``с … по …`` become one range; a bare day number before a
        day (``12–14 апреля``, ``с 8 по 19 октября``, ``с 25.03 по 05.04.2025``) is its first day."""
        result: list[_Atom] = []
        for atom in atoms:
            left = result[-1] if result else None
            start = self._joins(left, atom) if left is not None and not isinstance(left, _RangeAtom) else None
            if left is not None and start is not None:
                result[-1] = replace(_RangeAtom.of(left, atom), start=start)
                continue
            partial = self._partial_left(atom, result[-1].stop if result else 0)
            result.append(_RangeAtom.of(partial, atom) if partial is not None else atom)
        return result

    def _partial_left(self, atom: _Atom, floor: int) -> _Atom | None:
        """The bare first day of a range of days (``12–14 апреля``, ``с 25.03 по 05.04.2025``)."""
        if atom.kind != "day":
            return None
        offset = max(floor, atom.start - 16)
        match = self.patterns.partial_left.search(self.text[offset : atom.start])
        if match is None or (match.group("from") is None and re.search(_DASH, match.group()) is None):
            return None  # "по" and "до" close a range only after "с"
        month = int(match.group("m")) if match.group("m") else None
        return _Atom(
            offset + match.start(), offset + match.end(), "day", "dates.range", None, month, int(match.group("d"))
        )

    def _joins(self, left: _Atom, right: _Atom) -> int | None:
        """Where the range of ``left`` and ``right`` starts, or None when they are not one range."""
        if left.kind != right.kind or left.kind not in {"day", "month", "years"}:
            return None
        gap = self.patterns.range_gap.match(self.text[left.stop : right.start])
        if gap is None:
            return None
        if not gap.group("to"):
            return left.start
        offset = max(0, left.start - 6)
        opening = self.patterns.range_from_before.search(self.text[offset : left.start])
        return offset + opening.start() if opening is not None else None

    def listed_days(self, atoms: list[_Atom]) -> list[_Atom]:
        """Bare day numbers listed before a day take its month (``3, 10 и 17 мая 2023 года``)."""
        result: list[_Atom] = []
        for atom in atoms:
            floor = result[-1].stop if result else 0
            if atom.kind == "day" and atom.rule == "dates.text_day":
                offset = max(floor, atom.start - 40)
                listed = self.patterns.listed_days.search(self.text[offset : atom.start])
                if listed is not None:
                    for number in re.finditer(r"\d{1,2}", listed.group()):
                        start = offset + listed.start() + number.start()
                        day = int(number.group())
                        result.append(
                            _Atom(start, start + len(number.group()), "day", "dates.text_day", None, atom.month, day)
                        )
            result.append(atom)
        return result

    def inherit_years(self, atoms: list[_Atom]) -> list[_Atom]:
        """A day or month without a year takes the year of the next atom it is listed with
        (``16 марта, 2 июля и 27 октября 2021 г.``)."""
        result = list(atoms)
        for index in range(len(result) - 2, -1, -1):
            atom, following = result[index], result[index + 1]
            if atom.year is not None or atom.kind not in {"day", "month", "part"}:
                continue
            year = following.year
            if year is None or following.kind not in {"day", "month", "part", "range"}:
                continue
            if self.patterns.list_gap.match(self.text[atom.stop : following.start]):
                result[index] = replace(atom, year=year)
        return result

    def run(self) -> list[DateMatch]:
        self.find_atoms()
        atoms = [a for a in self.atoms if not any(start <= a.start and a.stop <= stop for start, stop in self.names)]
        atoms = _without_overlaps(atoms)
        atoms = self.inherit_years(self.join_ranges(self.listed_days(atoms)))
        found = [match for atom in atoms if (match := self.resolve(atom)) is not None]
        return found

    def resolve(self, atom: _Atom) -> DateMatch | None:
        if isinstance(atom, _RangeAtom):
            return self.resolve_range(atom)
        if atom.kind == "span":
            assert atom.first is not None and atom.last is not None and atom.precision is not None
            return DateMatch(atom.start, atom.stop, atom.first, atom.last, atom.precision, atom.rule)
        if atom.kind == "years":
            assert atom.first is not None and atom.last is not None
            return DateMatch(atom.start, atom.stop, atom.first, atom.last, Precision.YEAR, atom.rule)
        bounds = self.bounds(atom)
        if bounds is None:
            return None
        first, last, precision = bounds
        return DateMatch(atom.start, atom.stop, first, last, precision, atom.rule)

    def bounds(self, atom: _Atom, year: int | None = None) -> tuple[dt.date, dt.date, Precision] | None:
        """First and last day of a day, month, part of a year or season (year from the document
        when the text gives none)."""
        first_month = atom.month if atom.months is None else atom.months[0]
        if first_month is None:
            return None
        year = year or atom.year or self.implied_year
        if year is None:
            year = self.context.year_for_month(first_month)
        if year is None:
            return None
        if atom.kind == "day":
            assert atom.day is not None
            day = _date(year, first_month, atom.day)
            return (day, day, Precision.DAY) if day else None
        if atom.kind == "month":
            return dt.date(year, first_month, 1), _month_end(year, first_month), Precision.MONTH
        assert atom.months is not None
        start_month, end_month = atom.months
        if atom.kind == "season":
            first_year = year - 1 if start_month > end_month else year
            return dt.date(first_year, start_month, 1), _month_end(year, end_month), Precision.RANGE
        return dt.date(year, start_month, 1), _month_end(year, end_month), atom.part_precision

    def resolve_range(self, atom: _RangeAtom) -> DateMatch | None:
        left_atom = atom.left
        if left_atom.kind == "years":
            assert left_atom.first is not None and atom.right.last is not None
            return DateMatch(
                atom.start, atom.stop, left_atom.first, atom.right.last, Precision.YEAR, "dates.year_range"
            )
        right = self.bounds(atom.right)
        if right is None:
            return None
        last = right[1]
        if left_atom.month is None and left_atom.months is None:
            left_atom = replace(left_atom, month=right[0].month)
        left = self.bounds(left_atom, left_atom.year or right[0].year)
        if left is None:
            return None
        first = left[0]
        if first > last and left_atom.year is None:
            left = self.bounds(left_atom, right[0].year - 1)
            if left is None:
                return None
            first = left[0]
        if first > last:
            return None
        return DateMatch(atom.start, atom.stop, first, last, Precision.RANGE, "dates.range")


@dataclass(frozen=True, slots=True)
class _RangeAtom(_Atom):
    """Two atoms joined into a range."""

    left: _Atom = None  # type: ignore[assignment]
    right: _Atom = None  # type: ignore[assignment]

    @classmethod
    def of(cls, left: _Atom, right: _Atom) -> _RangeAtom:
        return cls(left.start, right.stop, "range", "dates.range", year=right.year, left=left, right=right)


_ROMAN_ORDINAL = r"[IVX]{1,4}"
_ORDINAL_ITEM = re.compile(rf"\b(?P<first>{_ROMAN_ORDINAL})(?:\s*{_DASH}\s*(?P<last>{_ROMAN_ORDINAL}))?\b")
"""A Roman ordinal or a range of them ("I", "I–IV")."""
_ORDINAL_CELL = re.compile(
    rf"{_ROMAN_ORDINAL}(?:\s*{_DASH}\s*{_ROMAN_ORDINAL})?(?:\s*[,;]\s*{_ROMAN_ORDINAL}(?:\s*{_DASH}\s*{_ROMAN_ORDINAL})?)*"
)
"""A cell of such ordinals and nothing else ("I, III", "II–III")."""


_WRITTEN_YEAR = re.compile(r"(?<![\d,])(?:19|20)\d\d(?![\d,])")


def _feed_year(segment: Segment, vocabulary: Vocabulary, context: ExtractionContext) -> int | None:
    """In a feed of dated posts (see :func:`_find_datelines`), the one year the sentence writes with
    its noun ("Всего в 2025 году планируется …"), else the year of the last dated line above it:
    "в августе" in a post of September 2025 is August 2025, whatever year the document's period gives."""
    lines: list[tuple[int, int]] = context.cache.get("datelines", [])
    above = [year for index, year in lines if index <= segment.block.index]
    if not above:
        return None
    written = {int(found.group("y")) for found in vocabulary.patterns.year_with_word.finditer(segment.text)}
    return written.pop() if len(written) == 1 else above[-1]


def _find_datelines(annotated: AnnotatedDocument, context: ExtractionContext) -> list[tuple[int, int]]:
    """(block index, year) of the lines that are a date alone ("2 сен 2025 в 10:15", "17.10.2025"),
    when there are two or more of them: the datelines of a feed of posts."""
    months = {word.rstrip(".").lower() for words in context.rules.calendar.months.values() for word in words}
    month = "|".join(sorted((re.escape(word) for word in months), key=len, reverse=True))
    dateline = re.compile(
        rf"\s*(?:\d{{1,2}}\s+(?:{month})[а-яё]*\.?\s+|\d{{1,2}}\.\d{{1,2}}\.)((?:19|20)\d\d)"
        r"(?:\s*(?:г\.|года?))?(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?\s*",
        re.IGNORECASE,
    )
    document = annotated.document
    lines = [
        (block.index, int(found.group(1)))
        for block in document.blocks
        if block.table is None and (found := dateline.fullmatch(document.block_text(block)))
    ]
    return lines if len(lines) >= 2 else []


def _table_year(segment: Segment, context: ExtractionContext) -> int | None:
    """The year a table's body cells write, when they write one year only ("I квартал" in the row of
    "до 10.04.2025" of a plan for 2025, in a report on 2024): the year of its cells' dates without one."""
    table = segment.block.table if segment.cell is not None else None
    if table is None:
        return None
    key = ("table_year", segment.block.index)
    if key not in context.cache:
        years = {
            int(found.group())
            for row in table.body_rows
            for cell in row.cells
            if not cell.is_header
            for found in _WRITTEN_YEAR.finditer(cell.text)
        }
        context.cache[key] = years.pop() if len(years) == 1 else None
    return context.cache[key]  # type: ignore[no-any-return]


def _column_year_part(segment: Segment, vocabulary: Vocabulary, context: ExtractionContext) -> YearPart | None:
    """The part of a year named by the header of the table column a body cell stands in."""
    table = segment.block.table
    if table is None or segment.cell is None or segment.cell.is_header:
        return None
    key = ("column_year_parts", id(table))
    parts: list[YearPart | None] | None = context.cache.get(key)
    if parts is None:
        parts = context.cache[key] = [_year_part_of_header(header, vocabulary) for header in table.column_headers]
    return parts[segment.cell.col] if segment.cell.col < len(parts) else None


def _year_part_of_header(header: str, vocabulary: Vocabulary) -> YearPart | None:
    """The part of a year a column header names without an ordinal ("Срок (квартал)")."""
    if vocabulary.patterns.year_part.search(header):
        return None  # "II квартал (план)": the column of one quarter holds its values, not quarters
    for word in re.findall(r"[А-Яа-яЁё]+\.?", header):
        part = vocabulary.part_of.get(_key(word))
        if part is not None:
            return part
    return None


def _without_overlaps(found: list[_Atom]) -> list[_Atom]:
    """Keep the longest expression where several overlap (leftmost first on ties), in text order.
    The kept ones never overlap, so their starts and stops sort alike: a look-up finds the two
    neighbours of a candidate."""
    starts: list[int] = []
    kept: list[_Atom] = []
    for candidate in sorted(found, key=lambda m: (-(m.stop - m.start), m.start)):
        position = bisect_right(starts, candidate.start)
        if position > 0 and kept[position - 1].stop > candidate.start:
            continue
        if position < len(kept) and kept[position].start < candidate.stop:
            continue
        starts.insert(position, candidate.start)
        kept.insert(position, candidate)
    return kept


def find_dates(segment: Segment, context: ExtractionContext) -> list[DateMatch]:
    """All date expressions of one segment (cached per segment and document period)."""
    period = context.period
    key = f"dates:{period.start}:{period.end}" if period is not None else "dates"
    found: list[DateMatch] | None = segment.cache.get(key)
    if found is None:
        found = segment.cache[key] = _Finder(segment, context).run()
    return list(found)


def parse_period(text: str, context: ExtractionContext, segment: Segment) -> Period | None:
    """Resolve a deadline/period phrase ("Сентябрь 2023", "В течение года") to a Period."""
    found = find_dates(segment, context)
    if found:
        first = min(match.first for match in found)
        last = max(match.last for match in found)
        return Period(text=text, start=first, end=last)
    normalized = " ".join(text.lower().replace("ё", "е").split())
    phrase = next((p for p in context.rules.calendar.whole_period_phrases if p in normalized), None)
    if phrase is not None:
        period = context.period
        if period is not None and period.start is not None and period.end is not None:
            start, end = period.start, period.end
            if not context.is_plan and start.year == end.year:
                # a report for 9 months of a year's plan: "в течение года", "постоянно" are the plan's
                # year (in a plan for a half-year, "ежеквартально" stays within it)
                start, end = dt.date(start.year, 1, 1), dt.date(end.year, 12, 31)
            return Period(text=text, start=start, end=end)
    return Period(text=text) if text.strip() and text.strip() not in {"-", "—", "–"} else None


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[DateFact]:
    """Every explicit date or period of the document."""
    context.cache["datelines"] = _find_datelines(annotated, context)
    facts: list[DateFact] = []
    for segment in annotated.segments:
        for match in find_dates(segment, context):
            facts.append(
                DateFact(
                    text=segment.text[match.start : match.stop],
                    start=match.first,
                    end=match.last,
                    precision=match.precision,
                    evidence=segment.evidence(span=(match.start, match.stop), phrase=(match.start, match.stop)),
                    rule=match.rule,
                    confidence=0.95 if match.rule not in {"dates.bare_month", "dates.year_preposition"} else 0.8,
                )
            )
    return facts
