"""Dates and periods: every explicit date, month, quarter, year, academic year or range,
normalized to ISO start/end. Month names come from ``rules/calendar.yaml``.

Forms: ``19.02.2020``, ``06.03.2023 г.``, ``9 марта 2023 года``, ``«14» ноября 2014 г.``,
``6 июня`` (year from context), ``с 15 ноября по 15 декабря 2023 года``, ``Сентябрь 2023``,
``в августе 2021г.``, ``Май-июль``, ``в апреле``, ``IV квартал 2023 года``,
``2023-2024 учебный год``, ``2022 – 23 учебном году``, ``2022/2023``, ``на период 2020 - 2024 годов``,
``в 2022 году``, ``за 2021 год``, ``до 2030г.``, ``В 2023-м``. Blanks (``«___» ____ 2022 г.``) are not dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma
from mocparse.records import DateFact, Period, Precision
from mocparse.rules import Rules

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_YEAR_UNIT = r"(?:\s*-?(?:год[а-яё]*|гг?\.?(?:г\.)?|г(?![а-яё])))"
_DASH = r"\s*[-–—]\s*"
_ROMAN_QUARTER = {"I": 1, "II": 2, "III": 3, "IV": 4}
_THIS_YEAR = re.compile(r"^\s*(?:этого|текущего|нынешнего|сего)\s+года", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BLANK_BEFORE = re.compile(r"[_…]\s*[»\"]?\s*[_…]*\s*$")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a segment (local offsets)."""

    start: int
    stop: int
    first: dt.date
    last: dt.date
    precision: Precision
    rule: str


@dataclass(frozen=True, slots=True)
class _Patterns:
    numeric_day: re.Pattern[str]
    text_day: re.Pattern[str]
    day_range: re.Pattern[str]
    month_range: re.Pattern[str]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    quarter: re.Pattern[str]
    year_pair: re.Pattern[str]
    year: re.Pattern[str]
    year_after_preposition: re.Pattern[str]
    trailing_year: re.Pattern[str]


@cache
def _patterns(month_alternation: str) -> _Patterns:
    month = rf"(?:{month_alternation})"
    day = r"«?(?:0?[1-9]|[12]\d|3[01])»?"
    numeric = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})"
    flags = re.IGNORECASE
    return _Patterns(
        numeric_day=re.compile(rf"(?<![\d.])(?P<d>{numeric})(?![\d])(?:\s*(?:г\.|года|г(?![а-яё])))?", flags),
        text_day=re.compile(
            rf"(?<![\d.,])(?P<day>{day})\s+(?P<month>{month})(?:\s+(?P<year>{_YEAR}){_YEAR_UNIT}?)?(?![а-яё])",
            flags,
        ),
        day_range=re.compile(
            rf"\bс\s+(?P<a>{numeric}|{day}(?:\s+{month})?(?:\s+{_YEAR}{_YEAR_UNIT}?)?)"
            rf"\s+(?:по|до)\s+(?P<b>{numeric}|{day}\s+{month}(?:\s+{_YEAR}{_YEAR_UNIT}?)?)(?![а-яё\d])",
            flags,
        ),
        month_range=re.compile(
            rf"(?<![а-яё])(?P<m1>{month}){_DASH}(?P<m2>{month})(?:\s+(?P<year>{_YEAR}){_YEAR_UNIT}?)?(?![а-яё])",
            flags,
        ),
        month_year=re.compile(rf"(?<![а-яё\d])(?P<month>{month})\s+(?P<year>{_YEAR}){_YEAR_UNIT}?(?![а-яё\d])", flags),
        bare_month=re.compile(rf"(?:(?<=\b[вВ]\s)|(?<=\b[вВ]о\s)|^)(?P<month>{month})(?![а-яё])", flags),
        quarter=re.compile(
            rf"(?P<q>IV|I{{1,3}}|[1-4])\s*(?:-?(?:й|ом|го))?\s+квартал[а-яё]*\s+(?P<year>{_YEAR}){_YEAR_UNIT}?",
            re.IGNORECASE,
        ),
        year_pair=re.compile(
            rf"(?<![\d.])(?P<y1>{_YEAR})\s*(?:[-–—/]|\s)\s*(?P<y2>{_YEAR}|\d{{2}})(?![\d.])"
            rf"(?P<unit>\s*(?:(?:учебн[а-яё]*|уч\.?)\s*(?:год[а-яё]*|г\.?)|г\.?\s?г\.|гг\.?|год[а-яё]*|г\.?(?![а-яё])))?",
            flags,
        ),
        year=re.compile(rf"(?<![\d.№/])(?P<year>{_YEAR})(?:-?(?:м|й|ом|го))?{_YEAR_UNIT}(?![а-яё])", flags),
        year_after_preposition=re.compile(
            rf"(?:(?<=\b[вВ]\s)|(?<=\b[зЗ]а\s)|(?<=\b[нН]а\s)|(?<=\b[дД]о\s)|(?<=\b[кК]\s)|(?<=\b[сС]\s)|(?<=\b[пП]о\s))"
            rf"(?P<year>{_YEAR})(?:-?(?:м|й|ом|го))?(?![\d.,а-яё%])",
            flags,
        ),
        trailing_year=re.compile(rf"^[^\d]{{2,60}},\s*(?P<year>{_YEAR})\s*$"),
    )


def _month_alternation(rules: Rules) -> str:
    """Regex alternation of month names: the first word of each month in the rules is its full
    name (matched with any case ending), the others are abbreviations (optional dot)."""
    return _alternation_of(tuple(tuple(words) for words in rules.calendar.months.values()))


@cache
def _alternation_of(months: tuple[tuple[str, ...], ...]) -> str:
    """:func:`_month_alternation`, built once per set of month names (it is needed for every segment)."""
    forms: set[str] = set()
    for words in months:
        full, *short = words
        stem = full[:-1] if full[-1] in "ьй" else full
        forms.add(re.escape(stem) + ("[а-яё]{1,3}" if stem != full else "[а-яё]{0,3}"))
        forms.update(re.escape(word) + r"\.?" for word in short)
    return "|".join(sorted(forms, key=len, reverse=True))


def _month_of(word: str, rules: Rules) -> int | None:
    word = word.rstrip(".").lower()
    table = rules.month_by_word
    return table.get(word) or table.get(lemma(word))


def _full_year(text: str, century_from: int | None = None) -> int:
    value = int(text)
    if len(text) == 2:
        return (century_from // 100 * 100 + value) if century_from else 2000 + value
    return value


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _parse_numeric(text: str) -> dt.date | None:
    day, month, year = text.split(".")
    try:
        return dt.date(_full_year(year), int(month), int(day))
    except ValueError:
        return None


class _Finder:
    """Finds date expressions in one segment."""

    def __init__(self, segment: Segment, context: ExtractionContext) -> None:
        self.text = segment.text
        self.context = context
        self.rules = context.rules
        self.patterns = _patterns(_month_alternation(context.rules))
        self.found: list[DateMatch] = []
        self.is_cell = segment.cell is not None
        self.is_header_cell = segment.cell is not None and segment.cell.is_header

    def add(self, start: int, stop: int, first: dt.date, last: dt.date, precision: Precision, rule: str) -> None:
        if first > last or _BLANK_BEFORE.search(self.text[max(0, start - 12) : start]):
            return
        self.found.append(DateMatch(start, stop, first, last, precision, rule))

    def add_month(self, start: int, stop: int, year: int, month: int, rule: str) -> None:
        """A whole month."""
        self.add(start, stop, dt.date(year, month, 1), _month_end(year, month), Precision.MONTH, rule)

    def add_year(self, start: int, stop: int, year: int, rule: str) -> None:
        """A whole calendar year."""
        self.add(start, stop, dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, rule)

    def explicit_year(self, after: int) -> int | None:
        """A 4-digit year written after the expression in the same segment ("6 июня ... 2023 года")."""
        match = re.search(rf"(?<!\d){_YEAR}(?!\d)", self.text[after : after + 40])
        return int(match.group()) if match else None

    def context_year(self, month: int, after: int) -> int | None:
        if _THIS_YEAR.match(self.text[after:]):
            return self.context.year_for_month(month)
        return self.context.year_for_month(month)

    def day_from_words(self, text: str, default_year: int | None, default_month: int | None) -> dt.date | None:
        text = text.strip()
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text):
            return _parse_numeric(text)
        match = re.match(rf"«?(\d{{1,2}})»?(?:\s+([а-яё]+)\.?)?(?:\s+({_YEAR}))?", text, re.IGNORECASE)
        if not match:
            return None
        month = _month_of(match.group(2), self.rules) if match.group(2) else default_month
        year = int(match.group(3)) if match.group(3) else default_year
        if month is None or year is None:
            return None
        try:
            return dt.date(year, month, int(match.group(1)))
        except ValueError:
            return None

    def run(self) -> list[DateMatch]:
        p = self.patterns
        if _DIGIT.search(self.text) is None:
            # Most segments have no digit, and only the month-name patterns can match without one.
            for match in p.month_range.finditer(self.text):
                self._month_range(match)
            for match in p.bare_month.finditer(self.text):
                self._bare_month(match)
            return _without_overlaps(self.found)
        for match in p.day_range.finditer(self.text):
            self._day_range(match)
        for match in p.numeric_day.finditer(self.text):
            first = _parse_numeric(match.group("d"))
            if first:
                self.add(match.start(), match.end(), first, first, Precision.DAY, "dates.numeric")
        for match in p.text_day.finditer(self.text):
            self._text_day(match)
        for match in p.quarter.finditer(self.text):
            year = int(match.group("year"))
            quarter = _ROMAN_QUARTER.get(match.group("q").upper()) or int(match.group("q"))
            first = dt.date(year, 3 * quarter - 2, 1)
            self.add(
                match.start(),
                match.end(),
                first,
                _month_end(year, 3 * quarter),
                Precision.QUARTER,
                "dates.quarter",
            )
        for match in p.month_range.finditer(self.text):
            self._month_range(match)
        for match in p.month_year.finditer(self.text):
            month = _month_of(match.group("month"), self.rules)
            if month:
                self.add_month(match.start(), match.end(), int(match.group("year")), month, "dates.month_year")
        for match in p.year_pair.finditer(self.text):
            self._year_pair(match)
        for pattern, rule in ((p.year, "dates.year"), (p.year_after_preposition, "dates.year_preposition")):
            for match in pattern.finditer(self.text):
                self.add_year(match.start(), match.end(), int(match.group("year")), rule)
        header_year = re.fullmatch(rf"\s*(?P<year>{_YEAR})(?:\s*(?:г\.?|год))?(?:\s*\([^()]{{1,20}}\))?\s*", self.text)
        if self.is_header_cell and header_year:
            self.add_year(
                header_year.start("year"),
                header_year.end("year"),
                int(header_year.group("year")),
                "dates.table_header_year",
            )
        trailing = p.trailing_year.match(self.text)
        if trailing:
            self.add_year(
                trailing.start("year"), trailing.end("year"), int(trailing.group("year")), "dates.imprint_year"
            )
        for match in p.bare_month.finditer(self.text):
            self._bare_month(match)
        return _without_overlaps(self.found)

    def _day_range(self, match: re.Match[str]) -> None:
        end_text = match.group("b")
        last = self.day_from_words(end_text, self.explicit_year(match.end()), None)
        if last is None:
            month_match = re.search(r"[а-яё]+", end_text, re.IGNORECASE)
            month = _month_of(month_match.group(), self.rules) if month_match else None
            year = self.context_year(month, match.end()) if month else None
            last = self.day_from_words(end_text, year, None)
        if last is None:
            return
        first = self.day_from_words(match.group("a"), last.year, last.month)
        if first is None:
            return
        if first > last and first.year == last.year:
            first = first.replace(year=last.year - 1)
        self.add(match.start(), match.end(), first, last, Precision.RANGE, "dates.day_range")

    def _text_day(self, match: re.Match[str]) -> None:
        month = _month_of(match.group("month"), self.rules)
        if month is None:
            return
        year_text = match.group("year")
        year = int(year_text) if year_text else self.context_year(month, match.end())
        if year is None:
            return
        try:
            day = dt.date(year, month, int(match.group("day").strip("«»")))
        except ValueError:
            return
        self.add(match.start(), match.end(), day, day, Precision.DAY, "dates.text_day")

    def _month_range(self, match: re.Match[str]) -> None:
        first_month = _month_of(match.group("m1"), self.rules)
        last_month = _month_of(match.group("m2"), self.rules)
        if not first_month or not last_month:
            return
        if match.group("year"):
            last_year = int(match.group("year"))
            first_year = last_year if first_month <= last_month else last_year - 1
        else:
            first_year = self.context.year_for_month(first_month)
            if first_year is None:
                return
            last_year = first_year if first_month <= last_month else first_year + 1
        self.add(
            match.start(),
            match.end(),
            dt.date(first_year, first_month, 1),
            _month_end(last_year, last_month),
            Precision.RANGE,
            "dates.month_range",
        )

    def _year_pair(self, match: re.Match[str]) -> None:
        first_year = int(match.group("y1"))
        last_year = _full_year(match.group("y2"), first_year)
        if last_year <= first_year or last_year - first_year > 20:
            return
        unit = (match.group("unit") or "").lower()
        glued_space = not re.search(r"[-–—/]", self.text[match.end("y1") : match.start("y2")])
        if glued_space and not unit:
            return  # "2022 2023" without a dash is two numbers, not a period
        academic = "уч" in unit or (
            last_year == first_year + 1
            and (not unit or "год" in unit or unit.strip() in {"г", "г."})
            and self._period_is_academic()
        )
        if academic and last_year == first_year + 1:
            start = self.rules.calendar.academic_year_start
            first = dt.date(first_year, start.month, start.day)
            last = dt.date(last_year, start.month, start.day) - dt.timedelta(days=1)
            self.add(match.start(), match.end(), first, last, Precision.ACADEMIC_YEAR, "dates.academic_year")
            return
        self.add(
            match.start(),
            match.end(),
            dt.date(first_year, 1, 1),
            dt.date(last_year, 12, 31),
            Precision.RANGE,
            "dates.year_range",
        )

    def _period_is_academic(self) -> bool:
        period = self.context.period
        if period is None or period.start is None:
            return "уч" in self.text.lower()
        start = self.rules.calendar.academic_year_start
        return (period.start.month, period.start.day) == (start.month, start.day)

    def _bare_month(self, match: re.Match[str]) -> None:
        month = _month_of(match.group("month"), self.rules)
        if month is None:
            return
        standalone = match.start() == 0 and (self.is_cell or len(self.text.strip()) <= len(match.group()) + 1)
        if match.start() == 0 and not standalone:
            return
        year = self.context.year_for_month(month)
        if year is None:
            return
        self.add_month(match.start(), match.end(), year, month, "dates.bare_month")


def _without_overlaps(found: list[DateMatch]) -> list[DateMatch]:
    """Keep the longest expression where several overlap (leftmost first on ties)."""
    chosen: list[DateMatch] = []
    for candidate in sorted(found, key=lambda m: (-(m.stop - m.start), m.start)):
        if all(candidate.stop <= kept.start or candidate.start >= kept.stop for kept in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda m: m.start)


def find_dates(segment: Segment, context: ExtractionContext) -> list[DateMatch]:
    """All date expressions of one segment."""
    return _Finder(segment, context).run()


def parse_period(text: str, context: ExtractionContext, segment: Segment) -> Period | None:
    """Resolve a deadline/period phrase ("Сентябрь 2023", "В течение года") to a Period."""
    found = find_dates(segment, context)
    if found:
        first = min(match.first for match in found)
        last = max(match.last for match in found)
        return Period(text=text, start=first, end=last)
    normalized = " ".join(text.lower().replace("ё", "е").split())
    if any(phrase in normalized for phrase in context.rules.calendar.whole_period_phrases):
        period = context.period
        if period is not None:
            return Period(text=text, start=period.start, end=period.end)
    return Period(text=text) if text.strip() and text.strip() not in {"-", "—", "–"} else None


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[DateFact]:
    """Every explicit date or period of the document."""
    facts: list[DateFact] = []
    for segment in annotated.segments:
        for match in find_dates(segment, context):
            facts.append(
                DateFact(
                    text=segment.text[match.start : match.stop],
                    start=match.first,
                    end=match.last,
                    precision=match.precision,
                    evidence=segment.evidence(span=(match.start, match.stop)),
                    rule=match.rule,
                    confidence=0.95 if match.rule not in {"dates.bare_month", "dates.year_preposition"} else 0.8,
                )
            )
    return facts
