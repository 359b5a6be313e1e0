"""What each number of a sentence means, before any family takes it: a share or not, a change or a
value, the earlier value of another number, the year it is for, planned or achieved.

Shared by program counts, quantities and percentages, computed once per segment (kept in the
segment's cache). The vocabulary is rules/numbers.yaml; the structure is here:

* a **change** is not a value: a signed number (``+3,4 %``), a number of percentage points
  (``на 3,2 п.п.``), ``на N`` after a word of change (``выросло на 12``) or before a comparative
  (``на 150 больше``);
* an **earlier value** becomes the ``previous`` of the value it compares with and is not a fact of its
  own: ``с X до Y``; a bracket with an earlier period after a value (``(годом ранее – 16)``,
  ``(в 2021-2022 учебном году – 140)``); ``Y против X``; ``было X, стало Y``; ``по сравнению с X``;
  a later clause of the same sentence set in an earlier year (``…составило 27, в 2023 году таких
  программ было 19``); ``столько же, сколько в 2022 году``; ``на 25 больше, чем в 2022 году`` (the
  earlier value is worked out);
* the **year** of a value is the year said in its clause (not in a comparison), else the column's;
* the **kind**: the nearest cue before the value in its clause (a plan word, an infinitive, a future
  or imperative verb, ``к <later year>`` → target; an achievement word or a past-tense verb → actual),
  else the kind of the value before it in the sentence, else a cue right after it, else the
  document's kind (a plan's numbers are targets).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from mocparse.extract.base import ExtractionContext
from mocparse.extract.numbers import (
    DASHES,
    YEAR,
    NumberMention,
    after_preposition,
    counted,
    cue_tokens,
    exact_words,
    find_numbers,
    lemmas_of_list,
    plan_aside_opening,
)
from mocparse.nlp import Segment
from mocparse.nlp.annotate import token_lists
from mocparse.nlp.morph import lemma, parses
from mocparse.records import DateFact, Precision, PreviousValue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Kind = Literal["actual", "target"]

_CLAUSE_BREAKS = {";", ":"}
_TARGET_POS = {"INFN"}


@dataclass(slots=True)
class NumberMeaning:
    """One number of a segment and what it is."""

    number: NumberMention
    index: int
    percent: bool = False
    """A share: followed by ``%`` / ``процент`` (or the low end of a percent range)."""
    change: bool = False
    """A change or a difference, not a value."""
    previous_of: int | None = None
    """This number is the earlier value of number ``previous_of`` (not a fact of its own)."""
    previous: PreviousValue | None = None
    """The earlier value of this number."""
    year: int | None = None
    kind: Kind = "actual"
    in_name: bool = False
    """Part of a name: inside quotes ("«Педагог года – 2024»"), or a year the date reader left."""
    earlier_period: bool = False
    """Said in a bracket of earlier values beside them ("(на 01.09.2023 – 75,6 %, т.е. 5 553 из 7 345
    детей)"): a value of its own, achieved in that earlier period."""
    period_year: int | None = None
    """The year of that earlier period."""
    replaced_plan: bool = False
    """The plan a value replaced in a sentence about the plan ("… не достигнуто: семь вместо восьми")."""
    restates: bool = False
    """The number again in brackets, in words or in digits: "тридцать девять (39)", "35 (тридцать пять)"."""

    @property
    def is_value(self) -> bool:
        """A fact of its own: not a change, not an earlier value, not part of a name, not a restatement."""
        return not self.change and self.previous_of is None and not self.in_name and not self.restates


def analyse(segment: Segment, context: ExtractionContext) -> list[NumberMeaning]:
    """The meaning of every number of a segment (cached per segment)."""
    cached: list[NumberMeaning] | None = segment.cache.get("meanings")
    if cached is None:
        cached = segment.cache["meanings"] = _analyse(segment, context)
    return cached


def meaning_of(segment: Segment, context: ExtractionContext, number: NumberMention) -> NumberMeaning | None:
    """The meaning of one number of the segment."""
    return next((meaning for meaning in analyse(segment, context) if meaning.number == number), None)


def _analyse(segment: Segment, context: ExtractionContext) -> list[NumberMeaning]:
    doc = segment.doc
    meanings = [NumberMeaning(number, index) for index, number in enumerate(find_numbers(segment, context))]
    if not meanings:
        return meanings
    # a quote that holds a value alone ("при плане «не менее 30 %»") quotes the value, it names nothing
    value_words = context.rules.qualifier_words | {word.lower() for word in context.rules.numbers.percent_words}
    quoted = [
        (start, stop)
        for start, stop in _quoted_ranges(segment.text)
        if not all(word.lower() in value_words for word in re.findall(r"[^\W\d_]+", segment.text[start + 1 : stop]))
    ]
    year_words = context.rules.calendar.year_word_lemmas
    percent_words = frozenset(context.rules.numbers.percent_words)
    segment.cache["percent_words"] = percent_words
    for meaning in meanings:
        following = doc[meaning.number.last + 1] if meaning.number.last + 1 < len(doc) else None
        meaning.percent = following is not None and is_percent_word(following, segment)
        meaning.in_name = (
            any(start < meaning.number.start < stop for start, stop in quoted)
            or _stray_year(doc, meaning.number, year_words)
            or _after_reference_noun(doc, meaning.number, context)
        )
    _percent_ranges(doc, meanings)
    pairs = _slash_pairs(doc, meanings)
    order = _declared_order(segment, context, pairs[0][0].number.start) if pairs else None
    _pair_shares(doc, pairs, declared=order is not None)
    _mark_restatements(doc, meanings)
    years = _year_dates(segment, context)
    _mark_changes(segment, context, meanings)
    _compare(segment, context, meanings, years)
    for position, meaning in enumerate(meanings):
        meaning.year = meaning.period_year if meaning.earlier_period else _year_of(segment, meaning, meanings, years)
        meaning.kind = (
            "actual"
            if meaning.earlier_period
            else "target"
            if meaning.replaced_plan
            else _kind_of(segment, context, meaning, meanings[:position])
        )
    if order is not None:
        for low, high in pairs:
            # "Сертифицированные программы, ед. — 125 / 129" under "план / факт": the plan, then the result
            low.kind, high.kind = order
    _years_back(segment, context, meanings)
    return meanings


_PAIR_WORDS = re.compile(r"([А-Яа-яЁё]+)\.?\s*/\s*([А-Яа-яЁё]+)")


def _declared_order(segment: Segment, context: ExtractionContext, before: int) -> tuple[Kind, Kind] | None:
    """The order of a "план / факт" pair declared in the words before the first number or in the
    heading the segment stands under ("Выполнение показателей: план / факт")."""
    target = lemmas_of_list(context, "target")
    actual = lemmas_of_list(context, "actual")
    for text in (segment.text[:before], segment.section):
        for first, second in _PAIR_WORDS.findall(text):
            kinds = [_word_kind(lemma(word.lower()), target, actual) for word in (first, second)]
            if kinds[0] is not None and kinds[1] is not None and kinds[0] != kinds[1]:
                return kinds[0], kinds[1]
    return None


def _word_kind(word: str, target: frozenset[str], actual: frozenset[str]) -> Kind | None:
    return "target" if word in target else "actual" if word in actual else None


def _slash_pairs(doc: Doc, meanings: list[NumberMeaning]) -> list[tuple[NumberMeaning, NumberMeaning]]:
    """Numbers written as a pair "125 / 129"."""
    return [
        (low, high)
        for low, high in itertools.pairwise(meanings)
        if high.number.first == low.number.last + 2 and doc[low.number.last + 1].text == "/"
    ]


def _pair_shares(doc: Doc, pairs: list[tuple[NumberMeaning, NumberMeaning]], *, declared: bool) -> None:
    """A share sign in the label before a pair ("Охват детей, % — 77,0 / 77,7") makes both numbers
    shares; so does one after the second when the pair is a ``declared`` plan and result ("план /
    факт": "77,0 / 77,7 %"), not a count and its share ("312 / 14,3 %")."""
    for low, high in pairs:
        if _label_share(doc, low.number.first) or (declared and (low.percent or high.percent)):
            low.percent = high.percent = True


def _label_share(doc: Doc, first: int) -> bool:
    """The label before the dash at ``first - 1`` ends with a share sign: "Охват детей, % — 77,7"."""
    return first >= 3 and doc[first - 1].text in DASHES and doc[first - 2].text == "%" and doc[first - 3].text == ","


# --------------------------------------------------------------------------- shares and changes


def is_percent_word(token: Token, segment: Segment) -> bool:
    """ "%" or a word of "процент" (rules/numbers.yaml ``percent_words``)."""
    from mocparse.rules import default_rules

    words = segment.cache.get("percent_words")
    if words is None:
        words = segment.cache["percent_words"] = frozenset(default_rules().numbers.percent_words)
    return token.text in words or token.lemma_ in words


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside «…» and "…" (names of programs, contests, documents)."""
    ranges: list[tuple[int, int]] = []
    if "«" not in text and '"' not in text:
        return ranges
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "«":
            if depth == 0:
                start = index
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            if depth == 0:
                ranges.append((start, index))
    straight = [index for index, char in enumerate(text) if char == '"']
    ranges.extend(zip(straight[::2], straight[1::2], strict=False))
    return ranges


def _stray_year(doc: Doc, number: NumberMention, year_words: frozenset[str]) -> bool:
    """A four-digit year the date reader did not take ("Вектор-2030", "– 2025»") is no count."""
    token = doc[number.first]
    if number.first != number.last or not YEAR.fullmatch(token.text):
        return False
    following = doc[number.last + 1] if number.last + 1 < len(doc) else None
    return following is None or not following.is_alpha or following.lemma_ in year_words


def _has_target_cue(doc: Doc, part: tuple[int, int], context: ExtractionContext) -> bool:
    """A planned-value word in tokens [start, stop) ("плановое значение", "ориентир")."""
    target = lemmas_of_list(context, "target")
    return any(token.lemma_ in target for token in doc[part[0] : part[1]])


def _after_reference_noun(doc: Doc, number: NumberMention, context: ExtractionContext) -> bool:
    """ "в таблице 1", "(рис. 3)", "раздел 4": the number labels a part of the document."""
    index = number.first - 1
    if index >= 1 and doc[index].text == ".":
        index -= 1
    if index < 0:
        return False
    token = doc[index]
    words = context.rules.numbers.reference_nouns
    nouns = lemmas_of_list(context, "reference_nouns")  # "ПОДПРОГРАММА 3" in capitals too
    return (
        token.lemma_ in nouns
        or (token.is_upper and lemma(token.lower_) in nouns)
        or (index < number.first - 1 and f"{token.lower_}." in words)
    )


def _percent_ranges(doc: Doc, meanings: list[NumberMeaning]) -> None:
    """ "70-75%", "с 55,3 до 61,0 %", "61 и 64 %": the first number is a share too."""
    for low, high in itertools.pairwise(meanings):
        if not high.percent or low.percent:
            continue
        between = doc[low.number.last + 1 : high.number.first]
        words = [token.lower_ for token in between]
        if low.number.first > 0 and doc[low.number.first - 1].lower_ == "из":
            continue  # "охвачено 318 из 607 — 52,4 %": the whole, then the share it gives
        if (len(words) == 1 and words[0] in DASHES) or words in (["до"], ["и"], ["или"]):
            low.percent = True


def _back_to_break(doc: Doc, before: int, limit: int) -> Span:
    """Up to ``limit`` tokens before token ``before``, not past a ``;`` or ``:``."""
    start = before
    while start > 0 and before - start < limit and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    return doc[start:before]


def _restates_change(doc: Doc, change: NumberMention, number: NumberMention) -> bool:
    """The number says a change again in other terms: "или" (and "на") between, with at most the
    change's noun before them; or in brackets right after the change and its noun ("на 22 единицы
    (12,5 %)")."""
    between = [token.lower_ for token in doc[change.last + 1 : number.first] if not token.is_punct]
    if number.first > 0 and doc[number.first - 1].text == "(" and len(between) <= 1:
        return True
    if "или" not in between:
        return False
    after = between[between.index("или") + 1 :]
    return len(between) <= _RESTATING_WORDS and after in ([], ["на"])


_RESTATING_WORDS = 4


def _mark_restatements(doc: Doc, meanings: list[NumberMeaning]) -> None:
    """A number written again in brackets right after itself, once in words and once in digits
    ("тридцать девять (39) программ", "35 (тридцать пять) программ"): the bracket is no value."""
    for first, second in itertools.pairwise(meanings):
        a, b = first.number, second.number
        if (
            a.value == b.value
            and a.is_word != b.is_word
            and b.first == a.last + 2
            and doc[a.last + 1].text == "("
            and b.last + 1 < len(doc)
            and doc[b.last + 1].text == ")"
        ):
            second.restates = True


def _mark_changes(segment: Segment, context: ExtractionContext, meanings: list[NumberMeaning]) -> None:
    doc = segment.doc
    change_words = lemmas_of_list(context, "change_words")
    comparatives = lemmas_of_list(context, "comparatives")
    shortfall_verbs = lemmas_of_list(context, "shortfall_verbs")
    unit_starts = {start for start, _ in cue_tokens(segment, context, "change_units")}
    signs = {word.lower() for word in context.rules.numbers.sign_words}
    links = frozenset(context.rules.numbers.change_links) | lemmas_of_list(context, "change_links")
    time_nouns = frozenset(context.rules.language.time_nouns)
    for position, meaning in enumerate(meanings):
        number = meaning.number
        if number.signed or (number.first > 0 and doc[number.first - 1].lower_ in signs):
            meaning.change = True  # "+3,4 %", "плюс пять программ за год"
            continue
        if position and meanings[position - 1].change and _restates_change(doc, meanings[position - 1].number, number):
            meaning.change = True  # "(+13, или 9,9 %)", "на 23 программы, или на 11,4 %": the change again
            continue
        if number.last + 1 in unit_starts:
            meaning.change = True  # "на 3,2 п.п."
            continue
        before = doc[number.first - 1] if number.first > 0 else None
        if (
            before is not None
            and (before.lemma_ in links or before.text in links)
            and _change_noun_before(doc, before.i, change_words, time_nouns)
        ):
            meaning.change = True  # "прирост составил 25 программ", "рост за год — 1,4 п.п."
            continue
        if before is None or before.lower_ != "на":
            continue
        window = _back_to_break(doc, number.first - 1, 12)
        after = doc[number.last + 1 : min(len(doc), number.last + 5)]
        shortfall = any(
            token.lemma_ in shortfall_verbs and token.i > 0 and doc[token.i - 1].lower_ == "не" for token in window
        )  # "не достигнуто на две единицы": how far the plan was missed
        if (
            shortfall
            or any(token.lemma_ in change_words for token in window)
            or any(token.lemma_ in comparatives for token in after)
        ):
            meaning.change = True


def _change_noun_before(doc: Doc, link: int, change_words: frozenset[str], time_nouns: frozenset[str]) -> bool:
    """A change noun is the subject right before the link word before a number: "прирост составил",
    "рост за год —" (only a time phrase may stand between; not "повышение квалификации — 45")."""
    for token in reversed(doc[max(0, link - 4) : link]):
        if token.lemma_ in change_words and any(parse.tag.POS == "NOUN" for parse in parses(token.lower_)[:1]):
            return True
        if token.lemma_ not in time_nouns and not any(parse.tag.POS == "PREP" for parse in parses(token.lower_)[:1]):
            return False
    return False


# --------------------------------------------------------------------------- earlier values


def _year_dates(segment: Segment, context: ExtractionContext) -> list[tuple[int, int, int]]:
    """(first token, end token, year) of the year and academic-year dates inside the segment."""
    # an academic year counts as its end year
    return [(first, end, date.end.year) for first, end, date in _dates_inside(segment, context, days=False)]


def _day_dates(segment: Segment, context: ExtractionContext) -> list[tuple[int, int, dt.date]]:
    """(first token, end token, date) of the dates of a day inside the segment."""
    return [(first, end, date.start) for first, end, date in _dates_inside(segment, context, days=True)]


def _dates_inside(segment: Segment, context: ExtractionContext, days: bool) -> list[tuple[int, int, DateFact]]:
    """(first token, end token, date) of the indexed dates (of a day, or of a year) inside the segment."""
    starts, dates = _indexed_years(context, days=days)
    found: list[tuple[int, int, DateFact]] = []
    for position in range(bisect_left(starts, segment.start), bisect_left(starts, segment.stop)):
        date = dates[position]
        span = date.evidence.span
        if span is None or span.end > segment.stop:
            continue
        tokens = segment.char_span(span.start - segment.start, span.end - segment.start)
        if tokens is not None:
            found.append((tokens.start, tokens.end, date))
    return found


def _indexed_years(context: ExtractionContext, days: bool = False) -> tuple[list[int], list[DateFact]]:
    """The document's year and academic-year dates (or dates of a day) sorted by where they start
    (built once)."""
    key = "day_dates" if days else "year_dates"
    cached = context.cache.get(key)
    if cached is None:
        dates = sorted(
            (
                date
                for date in context.facts("dates")
                if isinstance(date, DateFact) and date.evidence.span is not None and _dated_as(date, days)
            ),
            key=lambda date: date.evidence.span.start,  # type: ignore[union-attr]
        )
        cached = context.cache[key] = ([date.evidence.span.start for date in dates], dates)  # type: ignore[union-attr]
    return cached  # type: ignore[no-any-return]


def _dated_as(date: DateFact, days: bool) -> bool:
    """Whether a date gives a day (``days``), else a year: a year or an academic year, or a period
    inside one calendar year with its year written ("летом 2024 года", "в I квартале 2024 года"; not
    "в ноябре", whose year is only inferred)."""
    if days:
        return date.precision is Precision.DAY and date.start == date.end
    if date.precision in {Precision.ACADEMIC_YEAR, Precision.YEAR}:
        # "2020–2024 годы": a programme period, not the year of a value
        return date.precision is Precision.ACADEMIC_YEAR or date.start.year == date.end.year
    return (
        date.precision is not Precision.DAY and date.start.year == date.end.year and str(date.start.year) in date.text
    )


def reference_year(context: ExtractionContext) -> int | None:
    """The year the document's period ends in (the year its values are said for by default)."""
    period = context.period
    if period is not None and period.end is not None:
        return period.end.year
    return None


def _set_previous(earlier: NumberMeaning, later: NumberMeaning, year: int | None) -> None:
    if later.previous is not None or earlier.previous_of is not None or earlier is later:
        return
    earlier.previous_of = later.index
    later.previous = PreviousValue(value=plain_value(earlier.number.value), year=year)
    if later.percent and not earlier.percent:
        earlier.percent = True


def plain_value(value: float) -> int | float:
    """``12.0`` -> ``12``; other values as they are."""
    return int(value) if float(value).is_integer() else value


def segment_brackets(segment: Segment) -> list[tuple[int, int]]:
    """Token ranges (opening, closing) of the segment's brackets (cached per segment)."""
    cached: list[tuple[int, int]] | None = segment.cache.get("brackets")
    if cached is None:
        cached = segment.cache["brackets"] = _brackets(segment.doc)
    return cached


def _brackets(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges (opening, closing) of the brackets of a segment."""
    found = []
    stack: list[int] = []
    for index, text in enumerate(token_lists(doc)[1]):
        if text == "(":
            stack.append(index)
        elif text == ")" and stack:
            found.append((stack.pop(), index))
    return found


def _bracket_parts(doc: Doc, opening: int, closing: int) -> list[tuple[int, int]]:
    """The comma-separated parts of a bracket, as token ranges."""
    bounds = [opening + 1]
    bounds.extend(token.i + 1 for token in doc[opening + 1 : closing] if token.text in {",", ";"})
    bounds.append(closing)
    return [(start, stop) for start, stop in itertools.pairwise(bounds) if start < stop]


def _compare(
    segment: Segment, context: ExtractionContext, meanings: list[NumberMeaning], years: list[tuple[int, int, int]]
) -> None:
    doc = segment.doc
    values = [meaning for meaning in meanings if not meaning.change]
    earlier_cues = cue_tokens(segment, context, "earlier")
    reference = reference_year(context)

    def year_inside(first: int, end: int) -> int | None:
        inside = [year for start, stop, year in years if first <= start and stop <= end]
        return inside[0] if inside else None

    def earlier_marker(first: int, end: int) -> tuple[bool, int | None]:
        year = year_inside(first, end)
        cue = any(first <= start and stop <= end for start, stop in earlier_cues)
        return cue or year is not None, year

    # "с X до Y", "с 68 процентов в 2015 году до более 77 процентов"
    for meaning in values:
        number = meaning.number
        if number.first > 0 and doc[number.first - 1].lower_ in {"с", "со"}:
            later = next((m for m in values if m.number.first > number.last), None)
            between = doc[number.last + 1 : later.number.first] if later is not None else None
            if later is not None and between is not None and _from_to(between):
                year_from = year_inside(number.last + 1, later.number.first)
                _set_previous(meaning, later, year_from)
    _arrow_pairs(doc, context, values, years)
    # brackets after a value: "(годом ранее – 16)", "(в 2021-2022 учебном году – 140)", "(против 35)",
    # "(на 01.09.2023 – 75,6 %)"
    bracket_cues = cue_tokens(segment, context, "earlier_in_brackets")
    days = _day_dates(segment, context) if _brackets(doc) else []

    def bracket_marker(first: int, end: int, opening: int) -> tuple[bool, int | None, bool]:
        """Whether a part of a bracket is set in an earlier period, its year, and whether it surely is
        (its date is before the date the value is given for: "на 01.01.2025 … 486 (на 01.01.2024 – 452)")."""
        is_earlier, year = earlier_marker(first, end)
        surely = False
        if year is None:
            day = next((date for start, stop, date in days if first <= start and stop <= end), None)
            if day is not None:
                year, is_earlier = day.year, True
                value_day = next((date for start, _, date in reversed(days) if start < opening), None)
                # with no date of its own, a count is the report's: a bracket "на 01.07.2025 – 89" of the
                # report's year or before gives its value at an earlier date (not after an age: "от 5 до
                # 18 лет (численность на 01.01.2027 – 9 215 чел.)")
                if value_day is not None:
                    surely = day < value_day
                else:
                    said = next((m for m in reversed(values) if m.number.last < opening), None)
                    surely = (
                        said is not None
                        and reference is not None
                        and day.year <= reference
                        and counted(segment, said.number, context) is not None
                    )
        return is_earlier, year, surely

    versus_starts = [start for start, _ in cue_tokens(segment, context, "versus")]
    for opening, closing in _brackets(doc):
        inside = [m for m in values if opening < m.number.first and m.number.last < closing and m.previous_of is None]
        if not inside:
            continue
        if any(inside[0].number.last < start < inside[-1].number.first for start in versus_starts):
            continue  # "(всего сетевых – 9 против 5 в 2024 году)": a count compared inside, no earlier value
        # "(годом ранее – 147, в 2022 году – 118)": each earlier value with the period of its own part
        parts = _bracket_parts(doc, opening, closing)
        dated: list[tuple[NumberMeaning, int | None]] = []
        beside: list[NumberMeaning] = []  # values of another measure said with the earlier one
        for meaning in inside:
            part = next((p for p in parts if p[0] <= meaning.number.first < p[1]), (opening, closing))
            is_earlier, year, surely = bracket_marker(*part, opening)
            is_earlier = is_earlier or any(part[0] <= start and stop <= part[1] for start, stop in bracket_cues)
            of_later_year = year is not None and reference is not None and year >= reference and not surely
            planned = _has_target_cue(doc, part, context)
            if is_earlier and not of_later_year and not planned:
                dated.append((meaning, year))
            elif planned or (dated and of_later_year):
                continue  # "(в 2023 году – 58,1 %, плановое значение на 2024 год – 60,0 %)", "(план – 160, …)": its own
            elif dated and meaning.percent != dated[0][0].percent:
                beside.append(meaning)  # "(на 01.09.2023 – 75,6 %, т.е. 5 553 из 7 345 детей)"
            else:
                dated = []
                break
        if not dated:
            continue
        before = [m for m in values if m.number.last < opening and m.previous_of is None and m not in inside]
        before = _not_plan_asides(doc, before, context)
        if not before or _clause_break_between(doc, before[-1].number.last, opening):
            continue
        if _pair_together(doc, before, dated, beside, parts, opening):
            continue
        target = before[-1]
        first, year = dated[0]
        if first.percent != target.percent and target.percent:
            first.percent = True
        _set_previous(first, target, year)
        for other, _ in dated[1:]:
            other.previous_of = target.index  # older values of the same measure: not facts of their own
        for other in beside:
            other.earlier_period, other.period_year = True, year
    # "41 против 35 годом ранее", "по сравнению с 28", "46 вместо 41" (not "5 вместо запланированных 7",
    # nor "плановое значение не достигнуто: … семь вместо восьми": the plan)
    target_words = lemmas_of_list(context, "target")
    planned = any(token.lemma_ in target_words for token in doc)
    instead = cue_tokens(segment, context, "instead_of")
    if planned:
        for start, stop in instead:
            replaced = next((m for m in values if start < m.number.first <= stop + 1), None)
            if replaced is not None:
                replaced.replaced_plan = True
        instead = []
    joints = frozenset(word.lower() for word in context.rules.numbers.older_value_joints)
    for start, stop in [*cue_tokens(segment, context, "versus"), *instead]:
        later_value = next((m for m in values if start < m.number.first <= stop + 1), None)
        before_values = _not_plan_asides(
            doc, [m for m in values if m.number.last < start and m.previous_of is None], context
        )
        if later_value is not None and before_values:
            year = year_inside(later_value.number.last, min(len(doc), later_value.number.last + 6))
            _set_previous(later_value, before_values[-1], year)
            if year is not None and later_value.previous_of == before_values[-1].index:
                _older_values(doc, values, later_value, year, before_values[-1], year_inside, joints)
    # "38 программ при 29 в прошлом году": compared when an earlier-period phrase follows the value
    with_period = exact_words(context, "versus_with_period") | lemmas_of_list(context, "versus_with_period")
    for meaning in values:
        number = meaning.number
        if number.first == 0 or doc[number.first - 1].lower_ not in with_period or meaning.previous_of is not None:
            continue
        cue = next((start for start, _ in earlier_cues if number.last + 1 <= start <= number.last + 2), None)
        before_values = [m for m in values if m.number.last < number.first - 1 and m.previous_of is None]
        if (
            cue is not None
            and before_values
            and not _clause_break_between(doc, before_values[-1].number.last, number.first)
        ):
            _set_previous(meaning, before_values[-1], year_inside(cue, min(len(doc), cue + 6)))
    # "было X, стало Y"
    was_words = exact_words(context, "earlier_in_brackets")
    was = {index for index, lower in enumerate(token_lists(doc)[1]) if lower in was_words}
    later_words = lemmas_of_list(context, "later")
    for meaning in values:
        number = meaning.number
        near = {number.first - 1, number.last + 1}
        if near & was:
            later = next((m for m in values if m.number.first > number.last), None)
            if later is not None and any(
                token.lemma_ in later_words for token in doc[number.last + 1 : later.number.first + 2]
            ):
                _set_previous(meaning, later, None)
            elif (
                later is None and number.first - 1 in was and number.first >= 2 and doc[number.first - 2].lower_ == "а"
            ):
                # "сейчас 58, а было 41": the contrasted clause gives the earlier value of the one before
                before = [m for m in values if m.number.last < number.first - 2 and m.previous_of is None]
                if (
                    before
                    and before[-1].percent == meaning.percent
                    and before[-1].previous is None
                    and not _clause_break_between(doc, before[-1].number.last, number.first)
                ):
                    _set_previous(meaning, before[-1], None)
    # "столько же, сколько в 2022 году"
    for start, stop in cue_tokens(segment, context, "same_as_earlier"):
        before_values = [m for m in values if m.number.last < start and m.previous_of is None]
        if before_values and before_values[-1].previous is None:
            target = before_values[-1]
            target.previous = PreviousValue(
                value=plain_value(target.number.value), year=year_inside(stop, min(len(doc), stop + 8))
            )
    # "на 25 больше, чем в 2022 году": the earlier value is worked out
    comparatives = lemmas_of_list(context, "comparatives")
    for meaning in meanings:
        if not meaning.change or meaning.number.signed:
            continue
        number = meaning.number
        after = doc[number.last + 1 : min(len(doc), number.last + 12)]
        comparative = next((token for token in after if token.lemma_ in comparatives), None)
        if comparative is None:
            continue
        is_earlier, year = earlier_marker(comparative.i, min(len(doc), comparative.i + 10))
        before_values = [m for m in values if m.number.last < number.first and m.previous_of is None]
        # the compared value heads its clause: not "из 21 организации" of "57 программ из 21 организации"
        before_values = [m for m in before_values if not after_preposition(doc, m.number.first)] or before_values
        before_values = _not_plan_asides(doc, before_values, context)
        if not is_earlier or not before_values or before_values[-1].previous is not None:
            continue
        target = before_values[-1]
        sign = -1 if comparative.lemma_ in lemmas_of_list(context, "more_words") else 1
        target.previous = PreviousValue(value=plain_value(target.number.value + sign * number.value), year=year)
    # a later clause set in an earlier period: "…составило 27, в 2023 году таких программ было 19"
    _earlier_clauses(segment, context, values, years, earlier_cues, reference)
    _bare_earlier_brackets(doc, meanings)


def _older_values(
    doc: Doc,
    values: list[NumberMeaning],
    earlier: NumberMeaning,
    year: int,
    value: NumberMeaning,
    year_inside: Callable[[int, int], int | None],
    joints: frozenset[str],
) -> None:
    """Values joined to an earlier value with "и" or a comma, each set in a still earlier year, are
    older values of the same measure, nothing of their own: "75,8 % против 73,1 % в 2023 году и 70,4 %
    в 2022 году" (``joints``: numbers.yaml ``older_value_joints``)."""
    last, latest_year = earlier, year
    for other in values:
        if other.number.first <= last.number.last:
            continue
        joint = doc[last.number.last + 1 : other.number.first]
        words = [token.lower_ for token in joint if not token.is_punct and not token.like_num]
        own_year = year_inside(other.number.last, min(len(doc), other.number.last + 6))
        if (
            other.percent != earlier.percent
            or other.previous_of is not None
            or own_year is None
            or own_year >= latest_year
            or not any(token.lower_ in {"и", ","} for token in joint)
            or any(word not in joints for word in words)
        ):
            return
        other.previous_of = value.index
        last, latest_year = other, own_year


def _not_plan_asides(doc: Doc, values: list[NumberMeaning], context: ExtractionContext) -> list[NumberMeaning]:
    """The values a comparison may be said of: not a plan in an aside ("45 при плане 30 – на 11
    больше, чем годом ранее" compares the 45), unless only such values are there."""
    return [m for m in values if plan_aside_opening(doc, m.number.first, context) is None] or values


def _bare_earlier_brackets(doc: Doc, meanings: list[NumberMeaning]) -> None:
    """ "техническая – 78 (в 2023 году – 66), естественнонаучная – 56 (50)": once a bracket after a
    value gives its earlier value, a bracket of a bare number after another value of the same
    sentence gives that value's, of the same year."""
    brackets = {opening: closing for opening, closing in _brackets(doc)}
    by_first = {m.number.first: m for m in meanings}

    def bracket_after(meaning: NumberMeaning) -> tuple[int, int] | None:
        opening = meaning.number.last + 1
        while opening < len(doc) and doc[opening].text == "%":
            opening += 1
        closing = brackets.get(opening)
        return (opening, closing) if closing is not None else None

    model = next(
        (
            m
            for m in meanings
            if m.previous is not None
            and (found := bracket_after(m)) is not None
            and any(other.previous_of == m.index and found[0] < other.number.first < found[1] for other in meanings)
        ),
        None,
    )
    if model is None or model.previous is None:
        return
    for meaning in meanings:
        found = bracket_after(meaning)
        if meaning is model or meaning.previous is not None or not meaning.is_value or found is None:
            continue
        inside = by_first.get(found[0] + 1)
        if inside is not None and inside.number.last + 1 == found[1] and inside.percent == meaning.percent:
            _set_previous(inside, meaning, model.previous.year)


def _arrow_pairs(
    doc: Doc, context: ExtractionContext, values: list[NumberMeaning], years: list[tuple[int, int, int]]
) -> None:
    """ "49 → 64": the value before an arrow is the earlier value of the one after it; "2023 → 2024"
    in the sentence gives its year."""
    arrows = set(context.rules.numbers.from_to_marks)
    if not arrows or not any(token.text in arrows for token in doc):
        return
    # the years as dates, or bare ("2023 → 2024:" on a slide, no "год" after them)
    bare = [(token.i, token.i + 1, int(token.text)) for token in doc if YEAR.fullmatch(token.text)]
    year_from = next(
        (
            year
            for (_, stop, year), (start, _, later_year) in itertools.pairwise(sorted({*years, *bare}))
            if later_year > year and len(doc[stop:start]) == 1 and doc[stop].text in arrows
        ),
        None,
    )
    for earlier, later in itertools.pairwise(values):
        between = [token.text for token in doc[earlier.number.last + 1 : later.number.first] if token.text != "%"]
        if len(between) == 1 and between[0] in arrows:
            _set_previous(earlier, later, year_from)


def _from_to(between: Span) -> bool:
    """The words between X and Y of "с X до Y": ``до`` with at most a unit, a year and a qualifier."""
    words = [token for token in between if not token.is_punct or token.text == "%"]
    return (
        any(token.lower_ == "до" for token in words)
        and len(words) <= 8
        and not any(token.text in {",", ";", ":"} for token in between)
    )


def _pair_together(
    doc: Doc,
    before: list[NumberMeaning],
    dated: list[tuple[NumberMeaning, int | None]],
    beside: list[NumberMeaning],
    parts: list[tuple[int, int]],
    opening: int,
) -> bool:
    """Earlier values said together in one bracket, each paired with the value before the bracket of
    the same shape: "86 программ из 13 организаций (в 2024 году – 71 программа из 11 организаций)",
    "76 программ, или 88,4 % (годом ранее – 58 программ, 81,7 %)". False (nothing set) unless every
    value of the bracket finds its own partner."""

    def part_index(meaning: NumberMeaning) -> int:
        return next((i for i, (a, b) in enumerate(parts) if a <= meaning.number.first < b), -1)

    first, year = dated[0]
    together = [m for m, _ in dated if part_index(m) == part_index(first)] + beside
    if len(together) < 2:
        return False

    def shape(meaning: NumberMeaning) -> tuple[bool, bool]:
        return meaning.percent, after_preposition(doc, meaning.number.first)

    pairs: list[tuple[NumberMeaning, NumberMeaning]] = []
    used: set[int] = set()
    for meaning in together:
        partner = next(
            (
                m
                for m in reversed(before)
                if id(m) not in used
                and shape(m) == shape(meaning)
                and not _clause_break_between(doc, m.number.last, opening)
            ),
            None,
        )
        if partner is None:
            return False
        used.add(id(partner))
        pairs.append((meaning, partner))
    for earlier, later in pairs:
        _set_previous(earlier, later, year)
    for other, _ in dated:
        if all(other is not earlier for earlier, _ in pairs):
            other.previous_of = pairs[0][1].index  # older values of the same measure
    return True


def _clause_break_between(doc: Doc, first: int, last: int) -> bool:
    return any(token.text in _CLAUSE_BREAKS for token in doc[first:last])


def _clauses(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence: split at ``,`` ``;`` ``:`` and ``, а`` (found once
    per Doc)."""
    kept: list[tuple[int, int]] | None = doc.user_data.get("clauses")
    if kept is None:
        kept = doc.user_data["clauses"] = _find_clauses(doc)
    return kept


def _find_clauses(doc: Doc) -> list[tuple[int, int]]:
    bounds = [0]
    depth = 0
    for index, text in enumerate(token_lists(doc)[1]):
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text in {",", ";", ":"}:
            bounds.append(index + 1)
    bounds.append(len(doc))
    return [(start, stop) for start, stop in itertools.pairwise(bounds) if start < stop]


def _earlier_clauses(
    segment: Segment,
    context: ExtractionContext,
    values: list[NumberMeaning],
    years: list[tuple[int, int, int]],
    earlier_cues: list[tuple[int, int]],
    reference: int | None,
) -> None:
    """A clause set in an earlier period gives the earlier value of the sentence's value: "…составило
    27, в 2023 году таких программ было 19"; with two values only, also the other way round ("в 2022
    году – 19, в 2023 году – 27")."""
    doc = segment.doc
    free = [m for m in values if m.previous_of is None]
    if len(free) < 2:
        return
    clauses = _clauses(doc)
    anaphora = lemmas_of_list(context, "anaphora") | exact_words(context, "anaphora")
    measures = lemmas_of_list(context, "measure_nouns")
    breakdown_starts = [start for start, _ in cue_tokens(segment, context, "breakdown")]

    def clause_of(meaning: NumberMeaning) -> tuple[int, int]:
        return next(c for c in clauses if c[0] <= meaning.number.first < c[1])

    bracketed = {index for opening, closing in _brackets(doc) for index in range(opening, closing)}

    def clause_year(clause: tuple[int, int]) -> tuple[int | None, bool]:
        inside = [
            year for start, stop, year in years if clause[0] <= start and stop <= clause[1] and start not in bracketed
        ]
        cue = any(clause[0] <= start and stop <= clause[1] and start not in bracketed for start, stop in earlier_cues)
        return (inside[0] if inside else None), cue

    breakdown_tokens = {i for start, stop in cue_tokens(segment, context, "breakdown") for i in range(start, stop)}
    lemmas, lowers = token_lists(doc)
    in_plan_aside = {m.index for m in free if plan_aside_opening(doc, m.number.first, context) is not None}
    # values that compete for being the one pointed back at: the sentence's own values of the same kind,
    # not restated in brackets ("(6 102 из 7 734 детей)") nor set as a plan in an aside ("при плановом
    # показателе 78,0 %")
    # values after a ";" outside brackets are the next item of a list, no rivals of the ones before it
    # ("Программ: 128, годом ранее — 117; новых программ — 19")
    item_of = list(itertools.accumulate(1 if lowers[i] == ";" and i not in bracketed else 0 for i in range(len(doc))))

    def rivals(meaning: NumberMeaning, among: list[NumberMeaning]) -> int:
        return sum(
            1
            for m in among
            if m.percent == meaning.percent and m.number.first not in bracketed and m.index not in in_plan_aside
        )

    def unit_of(meaning: NumberMeaning) -> str | None:
        if meaning.percent:
            return None  # a share points back with its measure's noun ("годом ранее доля составляла …")
        found = counted(segment, meaning.number, context)
        if found is None or found.unit is None or lemma(found.unit.lower()) in anything:
            return None
        return "program" if found.is_program else "other"

    anything = lemmas_of_list(context, "value_nouns") | {lemma(word) for word in context.rules.units.generic_units}
    units = {m.index: unit_of(m) for m in free}
    for meaning in free[1:]:
        # a clause that names what it counts points back at a value of the same thing only: "размещено 187
        # программ двадцати одной организации …; годом ранее программ было 164"
        # (programs and other things never point at each other; people and places may: "создано 240 новых
        # мест, тогда как в 2021 г. на новых местах обучались 96 детей")
        own_unit = units[meaning.index]
        same_thing = [m for m in free if own_unit is None or units[m.index] in {own_unit, None}]
        clause = clause_of(meaning)
        year, cue = clause_year(clause)
        # a share's clause may point back with the measure's own noun: "…; годом ранее доля составляла 58,9 %"
        pointers = anaphora | measures if meaning.percent else anaphora
        has_anaphor = any(
            (lemmas[i] in pointers or lowers[i] in pointers) and i not in breakdown_tokens
            for i in range(clause[0], clause[1])
        )
        relaxed = len(same_thing) > 2 and not has_anaphor  # only the restated counts and the plan made it more
        item = item_of[meaning.number.first]
        same_item = False
        if relaxed and rivals(meaning, same_thing) > 2:
            in_item = [m for m in same_thing if item_of[m.number.first] == item]
            if len(in_item) > 2 or rivals(meaning, in_item) != 2:
                continue
            same_item = True  # "…: 128, годом ранее — 117; новых программ — 19": within its item only
        candidates = [
            m
            for m in same_thing
            if m.number.last < clause[0]
            and (not same_item or item_of[m.number.first] == item)
            # "Всего 148 632,5 тыс. рублей, в том числе по годам: 2024 год — 27 418,3": a part, not an earlier value
            and (has_anaphor or not any(m.number.last < start < meaning.number.first for start in breakdown_starts))
            and m.percent == meaning.percent
            and not any(m.number.first > start for start in breakdown_starts if start < clause[0])
        ]
        if not candidates:
            continue
        # the value, not the plan said beside it, has the earlier value; nor the whole of a partitive
        # ("прошли 97 программ из 239 (40,6 %), тогда как в прошлом году таких программ было 71")
        candidates = [m for m in candidates if m.index not in in_plan_aside] or candidates
        candidates = [m for m in candidates if not after_preposition(doc, m.number.first)] or candidates
        target = candidates[-1]
        own_year = clause_year(clause_of(target))[0]
        if relaxed and own_year is not None and reference is not None and own_year < reference:
            continue  # "В 2023 году было 118 (…), в 2022 году – 90 (…)": both earlier values of the sentence before
        target_year = own_year or reference
        earlier = (year is not None and target_year is not None and year < target_year) or (cue and year is None)
        if not earlier:
            continue
        if target.previous is None:
            _set_previous(meaning, target, year)
        elif meaning.previous_of is None:
            meaning.previous_of = target.index  # the earlier value said twice in one sentence
    by_year = {word.lower() for word in context.rules.numbers.by_year}

    def deadline(clause: tuple[int, int]) -> bool:
        """The clause's year is a deadline ("к 2026 году – не менее 81,5 %"): its value is planned."""
        return any(
            clause[0] <= start < clause[1] and start > 0 and lowers[start - 1] in by_year
            for start, _, _ in years
            if start not in bracketed
        )

    if len(free) == 2 and free[0].previous_of is None and free[1].previous is None:
        first, second = free
        first_year, _ = clause_year(clause_of(first))
        second_year, _ = clause_year(clause_of(second))
        if (
            not deadline(clause_of(first))  # "к 2026 году – 81,5 %, к 2030 году – 83 %": two steps of a plan
            and first.percent == second.percent
            and first_year is not None
            and second_year is not None
            and first_year < second_year
        ):
            _set_previous(first, second, first_year)  # "в 2022 году – 19, в 2023 году – 27"
    for share in (True, False):
        # "75,2 % в 2022 году, 77,0 % в 2023 году и 78,6 % по итогам 2024 года": a series by year, the
        # last is the value, the one before it its earlier value, the older ones nothing of their own
        series = [m for m in free if m.percent == share]
        if len(series) < 3 or any(m.previous_of is not None or m.previous is not None for m in series):
            continue
        # each value's year stands between it and the next value ("77,0 % в 2023 году и 78,6 % по итогам 2024 года")
        stops = [m.number.first for m in series[1:]] + [len(doc)]
        series_years = [
            next((year for start, _, year in years if m.number.last < start < stop and start not in bracketed), None)
            for m, stop in zip(series, stops, strict=True)
        ]
        # the series is the run of values with a year each that ends the sentence: not the ages of "детей
        # от 5 до 18 лет: 4 851 человек в 2022 году, 4 790 – в 2023 году, 4 736 – в 2024 году"
        dated = len(series)
        while dated > 0 and series_years[dated - 1] is not None:
            dated -= 1
        series, known = series[dated:], [year for year in series_years[dated:] if year is not None]
        if len(series) >= 3 and all(a < b for a, b in itertools.pairwise(known)):
            last = series[-1]
            _set_previous(series[-2], last, known[-2])
            for older in series[:-2]:
                older.previous_of = last.index
    current = cue_tokens(segment, context, "current_period")
    for first, second in itertools.pairwise(free if current else []):
        # "в прошлом году их было две, в этом – семь": an earlier clause, then one of the current period
        first_year, first_cue = clause_year(clause_of(first))
        second_clause = clause_of(second)
        if (
            first.percent == second.percent
            and first_cue
            and first_year is None
            and clause_year(second_clause)[0] is None
            and any(second_clause[0] <= start < second.number.first for start, _ in current)
        ):
            _set_previous(first, second, None)


def earlier_sentence(segment: Segment, context: ExtractionContext) -> tuple[list[NumberMeaning], int | None] | None:
    """A sentence that only gives the earlier value of what the sentence before counted ("В 2022 году
    таких программ было 7.", "Годом ранее их было 9."), or the earlier values of its counts in turn: its
    values and their year; None otherwise (cached per segment: program counts and quantities both ask)."""
    if "earlier_sentence" not in segment.cache:
        segment.cache["earlier_sentence"] = _earlier_sentence(segment, context)
    found: tuple[list[NumberMeaning], int | None] | None = segment.cache["earlier_sentence"]
    return found


def _earlier_sentence(segment: Segment, context: ExtractionContext) -> tuple[list[NumberMeaning], int | None] | None:
    meanings = analyse(segment, context)
    values = [m for m in meanings if m.is_value and not m.percent]
    if any(m.previous_of is not None or m.previous is not None for m in meanings):
        return None  # not "включено 96 программ, тогда как в 2023 году их было 81": that compares itself
    years = [year for _, _, year in _year_dates(segment, context)]
    if len(values) > 1:
        # "В 2023 году таких программ было 97 (29,2 % от 332), в 2022 году – 64": the latest earlier value
        latest = _latest_of_years(segment, context, values)
        # "В 2024/2025 учебном году программ было 118, сертифицированных среди них – 54": the earlier
        # values of the counts said before, one by one (a sentence of one period)
        values = latest if len(latest) == 1 or len(set(years)) > 1 else values
    if not values:
        return None
    anaphora = lemmas_of_list(context, "anaphora") | exact_words(context, "anaphora")
    lemmas, lowers = token_lists(segment.doc)
    if anaphora.isdisjoint(lemmas) and anaphora.isdisjoint(lowers):
        return None
    reference = reference_year(context)
    cue = bool(cue_tokens(segment, context, "earlier"))
    if years and reference is not None and all(year < reference for year in years):
        return values, years[0]
    if cue and not years:
        back = bool(cue_tokens(segment, context, "one_year_back"))
        return values, reference - 1 if back and reference is not None else None  # "Годом ранее их было 187."
    return None


def _latest_of_years(segment: Segment, context: ExtractionContext, values: list[NumberMeaning]) -> list[NumberMeaning]:
    """Of values outside brackets, each of its own year before the report's, the one of the latest
    year; no value when they are not so."""
    brackets = segment_brackets(segment)
    outside = [m for m in values if not any(a < m.number.first < b for a, b in brackets)]
    reference = reference_year(context)
    years = [m.year for m in outside]
    if (
        len(outside) < 2
        or reference is None
        or any(year is None or year >= reference for year in years)
        or len(set(years)) != len(years)
    ):
        return []
    return [max(outside, key=lambda m: m.year or 0)]


def _years_back(segment: Segment, context: ExtractionContext, meanings: list[NumberMeaning]) -> None:
    """ "(годом ранее – 9)", "в прошлом году их было 12": the earlier value is of the year before."""
    cues = cue_tokens(segment, context, "one_year_back")
    if not cues:
        return
    reference = reference_year(context)
    for meaning in meanings:
        previous = meaning.previous
        if previous is None or previous.year is not None or previous.value == plain_value(meaning.number.value):
            continue
        base = meaning.year or _topic_year(segment, context) or reference
        if base is not None:
            meaning.previous = PreviousValue(value=previous.value, year=base - 1)


def _topic_year(segment: Segment, context: ExtractionContext) -> int | None:
    """The one year said before the first colon of a sentence that opens with its topic ("Итоги 2025
    года, от которых строится план: … размещено 96 программ (годом ранее – 88)")."""
    colon = next((token.i for token in segment.doc if token.text == ":"), None)
    if colon is None:
        return None
    years = {year for first, _, year in _year_dates(segment, context) if first < colon}
    return years.pop() if len(years) == 1 else None


# --------------------------------------------------------------------------- years and kinds


def _year_of(
    segment: Segment, meaning: NumberMeaning, meanings: list[NumberMeaning], years: list[tuple[int, int, int]]
) -> int | None:
    """The year said in the value's clause (not a comparison's), else in the segment, else the column's."""
    from mocparse.extract.tables import year_of_column

    if meaning.previous_of is not None:
        return None
    doc = segment.doc
    clauses = _clauses(doc)
    clause = next((c for c in clauses if c[0] <= meaning.number.first < c[1]), (0, len(doc)))
    taken = _comparison_tokens(doc, meanings)
    own = [year for start, stop, year in years if clause[0] <= start and stop <= clause[1] and start not in taken]
    if own:
        return own[0]
    others = [year for start, _, year in years if start not in taken]
    if len({*others}) == 1 and not any(
        m.previous_of is None and m is not meaning and m.year is not None for m in meanings
    ):
        return others[0]
    return year_of_column(segment)


def _comparison_tokens(doc: Doc, meanings: list[NumberMeaning]) -> set[int]:
    """Tokens of the clauses and brackets that hold earlier values or changes."""
    taken: set[int] = set()
    for meaning in meanings:
        if meaning.previous_of is None and not meaning.change:
            continue  # earlier values, and changes ("(на 25 больше, чем в 2022 году)") with their periods
        number = meaning.number
        bracket = next(((a, b) for a, b in _brackets(doc) if a < number.first and number.last < b), None)
        if bracket is not None:
            taken.update(range(*bracket))
            continue
        if meaning.change:
            continue  # "в 2023 году число выросло на 12 и составило 140": the year is the value's
        clause = next((c for c in _clauses(doc) if c[0] <= number.first < c[1]), None)
        if clause is not None:
            taken.update(range(*clause))
    return taken


def _token_kind(token: Token, target: frozenset[str], actual: frozenset[str]) -> Kind | None:
    """``target`` for plan words and infinitive / future / imperative verbs, ``actual`` for achievement
    words and past-tense verbs that are predicates (``охвачено``, ``составил``), not attributes."""
    if token.lemma_ in target:
        return "target"
    found = parses(token.text)
    tag = found[0].tag if found else None
    # a verb of both aspects ("реализуются", "используются") reads as present, not future
    future = tag is not None and tag.POS == "VERB" and tag.tense == "futr"
    if future and any(parse.tag.POS == "VERB" and parse.tag.tense == "pres" for parse in found):
        future = False
    if tag is not None and (tag.POS in _TARGET_POS or future or tag.mood == "impr"):
        return "target"
    if token.lemma_ in actual and (tag is None or tag.POS != "PRTF"):
        return "actual"
    if tag is not None and tag.POS in {"VERB", "PRTS"} and tag.tense == "past":
        return "actual"
    return None


def _fulfilment(segment: Segment, context: ExtractionContext, meaning: NumberMeaning) -> bool:
    """A percentage of a plan's fulfilment: above 100 %, or said of a fulfilment word in its clause."""
    if meaning.number.value > 100:
        return True
    words = lemmas_of_list(context, "fulfilment")
    target = lemmas_of_list(context, "target")
    doc = segment.doc
    for index in range(meaning.number.first - 1, max(-1, meaning.number.first - 9), -1):
        if doc[index].text in _CLAUSE_BREAKS or doc[index].lemma_ in target:
            break  # "выполнить плановый охват в 73,5 % не удалось": the plan's own value
        if doc[index].lemma_ in words:
            return True
    return False


def _kind_of(segment: Segment, context: ExtractionContext, meaning: NumberMeaning, before: list[NumberMeaning]) -> Kind:
    from mocparse.extract.tables import column_kind

    by_column = column_kind(segment, context)
    if by_column is not None:
        return by_column
    doc = segment.doc
    if meaning.percent and _fulfilment(segment, context, meaning):
        return "actual"  # "план выполнен на 106,8 %", "(116,0 %)" after "при плане 25": how far the plan was met
    target = lemmas_of_list(context, "target")
    actual = lemmas_of_list(context, "actual")
    now_words = lemmas_of_list(context, "current_period")
    number = meaning.number
    values_before = [m for m in before if m.previous_of is None and not m.change]
    # an aside in brackets before the number ("14 программ (план – 13), в том числе 5 …") sets no kind
    brackets = [(a, b) for a, b in segment_brackets(segment) if b < number.first]
    values_before = [m for m in values_before if not any(a < m.number.first < b for a, b in brackets)] or values_before
    # nor does a plan said beside the value before ("создано 120 мест при плане 120: в школе № 2 — 60")
    values_before = [
        m for m in values_before if plan_aside_opening(doc, m.number.first, context) is None
    ] or values_before
    start = values_before[-1].number.last + 1 if values_before else 0
    linked: Kind | None = None  # "было": achieved unless a plan word comes before it
    for index in range(number.first - 1, start - 1, -1):
        token = doc[index]
        if token.text in _CLAUSE_BREAKS:
            break
        if any(a <= index <= b for a, b in brackets):
            continue
        if token.lower_ in lemmas_of_list(context, "by_year") and _later_year_after(segment, context, index):
            return "target"
        if _allotted_at(doc, index, context) and _allotted_amount(segment, number, context):
            return "target"  # "в бюджете предусмотрено 22,4 млн рублей": a budget, not money spent
        if token.lemma_ in now_words:
            return "actual"  # "сохранить долю не ниже 82 % (сейчас 82,7 %, 187 человек из 226)": the state now
        kind = _token_kind(token, target, actual)
        if kind == "actual" and index > 0 and _token_kind(doc[index - 1], target, actual) == "target":
            return "target"  # "будут реализованы 5 программ": a future auxiliary before a participle
        if kind == "target" and index > 0 and doc[index - 1].lower_ in _not_plan_openers(context):
            continue  # "Если говорить о …, то из 347 программ": the speaker's condition, not a plan
        if kind == "actual" and token.lemma_ in context.rules.language.link_verbs:
            linked = linked or kind
            continue
        if kind is not None:
            return kind
    if linked is not None:
        return linked
    if values_before:
        return values_before[-1].kind
    comparatives = lemmas_of_list(context, "comparatives")
    asides = {"(", *lemmas_of_list(context, "plan_aside")}
    for token in doc[number.last + 1 : min(len(doc), number.last + 6)]:
        if token.text in _CLAUSE_BREAKS or token.like_num or token.lemma_ in comparatives:
            break  # "80,3 % превышает плановое": the plan is what the value is compared with
        if token.lemma_ in asides:
            break  # "64 (план — 60)", "64 при плане 60": the plan is said beside the value
        kind = _token_kind(token, target, actual)
        if kind is not None:
            return kind
    after = doc[number.last + 1 : min(len(doc), number.last + 6)]
    for token in after:
        if token.lower_ in lemmas_of_list(context, "by_year") and _later_year_after(segment, context, token.i):
            return "target"
    # "В округе проживает 6 742 ребёнка", "программы реализуют 23 организации": the state now; but a
    # plan's money is allotted whatever the tense ("Общий объём финансирования … составляет 412,7 млн")
    if context.is_plan and _states_present(segment, context, start) and not _allotted_amount(segment, number, context):
        return "actual"
    return "target" if context.is_plan else "actual"


def _allotted_at(doc: Doc, index: int, context: ExtractionContext) -> bool:
    """A phrase of ``allotted`` (numbers.yaml) starts at token ``index``."""
    tokens = [token.lemma_ for token in doc[index : index + 4]]
    return any(
        tokens[: len(phrase)] == list(phrase) for phrase in _allotted_phrases(tuple(context.rules.numbers.allotted))
    )


@cache
def _allotted_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    from mocparse.rules import lemmas_of

    return tuple(tuple(lemmas_of(phrase)) for phrase in phrases)


def _allotted_amount(segment: Segment, number: NumberMention, context: ExtractionContext) -> bool:
    """The number counts ``allotted_units`` (money, certificates)."""
    what = counted(segment, number, context)
    allotted = {word.lower() for word in context.rules.numbers.allotted_units}
    return what is not None and what.unit is not None and what.unit.lower() in allotted


def _not_plan_openers(context: ExtractionContext) -> frozenset[str]:
    return frozenset(word.lower() for word in context.rules.numbers.not_plan_infinitive_after)


def _states_present(segment: Segment, context: ExtractionContext, start: int) -> bool:
    """A plan's sentence that states the present: a predicate in the present indicative (not a verb of
    both aspects read as future) from ``start`` on, and no year of the plan's own period or later."""
    doc = segment.doc
    period = context.period
    first_year = period.start.year if period is not None and period.start is not None else None
    if first_year is None or any(year >= first_year for _, _, year in _year_dates(segment, context)):
        return False
    for token in doc[start:]:
        found = parses(token.text)
        if not found or found[0].tag.POS != "VERB" or found[0].tag.mood == "impr":
            continue
        return any(parse.tag.POS == "VERB" and parse.tag.tense == "pres" for parse in found)
    return False


def _later_year_after(segment: Segment, context: ExtractionContext, index: int) -> bool:
    """ "к 2026 году", "до 2030 года" with a year after the document's period."""
    doc = segment.doc
    following = doc[index + 1] if index + 1 < len(doc) else None
    if following is None or not YEAR.fullmatch(following.text[:4]) or not following.text[:4].isdigit():
        return False
    reference = reference_year(context)
    return reference is not None and int(following.text[:4]) > reference
