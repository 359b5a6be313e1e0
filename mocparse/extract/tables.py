"""What a table is for and what each column holds, read from header words in rules/tables.yaml
and rules/document.yaml.

* Activity tables (мероприятие / сроки / ответственный / результат).
* Indicator tables (показатель / ед. изм. / years / план / факт / базовое значение): a column's
  header is all its header rows together ("Значение показателя 2024 (план)"); a year column gives
  the year of its cells, a plan column makes them targets, a base or earlier-year column holds the
  ``previous`` of the row's value, a change column (отклонение, динамика) holds no values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from mocparse.document import Table
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import Segment
from mocparse.nlp.morph import join_hyphenation, lemma, parses, substantive_participle
from mocparse.records import PreviousValue
from mocparse.rules import cut_short

_BARE_NUMBER = re.compile(r"^[-–+]?\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?\s*%?(?:\s*\(\s*\d[\d\s]*\s*\))?$")
_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEAD_COUNT = re.compile(r"\(\s*(\d[\d\s]*)\s*\)\s*$")

ColumnRole = Literal["plan", "fact", "base", "change", "unit", "code", "value"]


def _norm(text: str) -> str:
    return " ".join(lemma(word) for word in re.findall(r"[№%\w]+", text.lower()))


@cache
def _normalized(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_norm(word) for word in words if _norm(word))


@cache
def _signs(words: tuple[str, ...]) -> frozenset[str]:
    """The phrases of ``words`` written without a word ("+/-", "±"), spaces left out."""
    return frozenset(word.replace(" ", "") for word in words if not _norm(word))


def says(header: str, words: list[str]) -> bool:
    """True when a header's words contain one of ``words`` (lemmatized, as whole words), or the header
    is one of its phrases written in signs alone ("+/–")."""
    normalized = f" {_norm(header)} "
    phrases = tuple(words)
    return any(f" {word} " in normalized for word in _normalized(phrases)) or header.replace(" ", "") in _signs(phrases)


def _only_says(header: str, words: list[str]) -> bool:
    """True when a header says one of ``words`` and nothing else ("Ед. изм.", not "2024 год, ед.")."""
    if not says(header, words):
        return False
    known = {word for phrase in _normalized(tuple(words)) for word in phrase.split()}
    return all(word in known for word in _norm(header).split())


def column_headers(table: Table) -> list[str]:
    """Per grid column, the texts of all its header rows joined (a merged title spread over the
    columns below it): ``["Показатель", "Значение 2023", "Значение 2024 (план)"]``; a row of column
    numbers is left out (:meth:`mocparse.document.Table.column_headers`); a word hyphenated at the end
    of a narrow cell's line is glued again ("сертифици-рованные")."""
    return [join_hyphenation(text) for text in table.column_headers]


def _headers(table: Table) -> list[str]:
    return column_headers(table)


_ACTIVITY_ROLES = ("number", "title", "deadline", "responsible", "result")
_SHORT_HEADER_WORDS = 5


def _header_is(header: str, cues: tuple[str, ...]) -> bool:
    """A (lemmatized) header is one of ``cues`` or starts with one: ``срок`` in ``срок исполнение``."""
    return any(header == cue or header.startswith(cue + " ") for cue in cues if cue)


def _header_has(text: str, cues: tuple[str, ...]) -> bool:
    """A short header whose words before one of ``cues`` are all adjectives or participles: the cue
    is its head (``Планируемый результат``, ``Планируемые сроки выполнения``)."""
    words = re.findall(r"[№%\w]+", text.lower())
    lemmas = [_norm(word) for word in words]
    if len(words) > _SHORT_HEADER_WORDS:
        return False
    for cue in cues:
        size = len(cue.split())
        for start in range(1, len(words) - size + 1):
            if " ".join(lemmas[start : start + size]) == cue and all(
                any(parse.tag.POS in {"ADJF", "PRTF"} for parse in parses(word)[:2]) for word in words[:start]
            ):
                return True
    return False


def _header_ends(header: str, cues: tuple[str, ...]) -> bool:
    """A header ends with one of ``cues``: the sub-header ``окончание`` in ``срок окончание``."""
    return any(header == cue or header.endswith(" " + cue) for cue in cues if cue)


def column_roles(table: Table, context: ExtractionContext) -> dict[str, int]:
    """Map activity-column roles (number, title, deadline, responsible, result) to column indexes,
    from each column's header with all its header rows joined (the table's column-number row left
    out). A deadline told by two columns ("Срок" over "начало | окончание", or "Дата начала |
    Дата окончания") also gives ``deadline_start`` and ``deadline_end``."""
    key = ("activity_columns", id(table))
    cached = context.cache.get(key)
    if cached is not None:
        return dict(cached)
    texts = column_headers(table)
    headers = [_norm(text) for text in texts]
    columns = context.rules.document.activity_columns
    roles: dict[str, int] = {}
    for has_cue in (False, True):  # a header that starts with a cue before one that has it after modifiers
        for role in _ACTIVITY_ROLES:
            cues = _normalized(tuple(getattr(columns, role)))
            for col, header in enumerate(headers):
                if role in roles or not header or col in roles.values():
                    continue
                if _header_has(texts[col], cues) if has_cue else _header_is(header, cues):
                    roles[role] = col
                    break
    taken = {col for role, col in roles.items() if role != "deadline"}
    for role in ("deadline_start", "deadline_end"):
        cues = _normalized(tuple(getattr(columns, role)))
        found = [col for col, text in enumerate(headers) if col not in taken and text and _header_ends(text, cues)]
        if found:
            roles[role] = found[0]
    if "deadline" in roles and not {"deadline_start", "deadline_end"} & roles.keys():
        group = table.header_group(roles["deadline"])
        finest = _finest_unit_column(table, group, context)
        planned = [col for col in group if says(texts[col], context.rules.tables.plan_headers)]
        if finest is not None:
            roles["deadline"] = finest  # "Срок исполнения" over "квартал | месяц": the month
        elif planned and len(group) > 1:
            roles["deadline"] = planned[0]  # "Срок исполнения" over "по плану | фактически": the planned one
        elif len(group) == 2:  # "Срок" over two unnamed columns: from, to
            roles["deadline_start"], roles["deadline_end"] = group
    if {"deadline_start", "deadline_end"} <= roles.keys():
        roles["deadline"] = roles["deadline_start"]
    else:
        roles.pop("deadline_start", None)
        roles.pop("deadline_end", None)
    context.cache[key] = dict(roles)
    return roles


def _finest_unit_column(table: Table, group: list[int], context: ExtractionContext) -> int | None:
    """Of the columns under one deadline header, the one whose sub-header names the finest unit of
    time (``rules/document.yaml`` ``deadline_units``); None when no sub-header names a unit."""
    if len(group) < 2:
        return None
    units = [lemma(word) for word in context.rules.document.activity_columns.deadline_units]
    leaves = [table.row_texts(row) for row in table.rows if row.is_header and not row.is_column_numbers][-1:]
    if not leaves:
        return None
    ranked: list[tuple[int, int]] = []
    for col in group:
        text = leaves[0][col] if col < len(leaves[0]) else ""
        words = [lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", text)]
        found = [units.index(word) for word in words if word in units]
        if found:
            ranked.append((min(found), col))
    return min(ranked)[1] if ranked else None


def is_activity_table(table: Table, context: ExtractionContext) -> bool:
    """A table with a title column and at least one of deadline / responsible / result, whose title
    column does not name indicators (``Наименование показателя | ... | Результат``)."""
    roles = column_roles(table, context)
    if "title" not in roles or not {"deadline", "responsible", "result"} & roles.keys():
        return False
    title = column_headers(table)[roles["title"]]
    # "Наименование программы | … | Результат экспертизы" lists programs, not activities
    return not says(title, context.rules.tables.indicator_headers) and not has_program_noun(title, context)


def row_label(table: Table, row_index: int) -> str:
    """The text naming a row: its first cell that is not a row number."""
    for text in table.row_texts(table.rows[row_index]):
        if text and not _ROW_NUMBER.match(text):
            return text
    return ""


def column_header(segment: Segment) -> str:
    """Header text of the segment's column, all header rows joined ("" outside tables)."""
    if segment.cell is None or segment.block.table is None:
        return ""
    headers = _headers(segment.block.table)
    return headers[segment.cell.col] if segment.cell.col < len(headers) else ""


_UNIT_TAIL = re.compile(r",\s*([%А-Яа-яЁё][^,\d]{0,11})$")


def _mixed_units(table: Table, context: ExtractionContext) -> bool:
    """The body rows measure in several units: their unit cells, or the units their names end with
    ("Охват …, %", "Программ в Навигаторе, ед.", "Педагогов …, чел."), are not all the same."""
    key = ("mixed_units", id(table))
    if key not in context.cache:
        headers = _headers(table)
        unit_cols = [col for col, header in enumerate(headers) if _only_says(header, context.rules.tables.unit_headers)]
        units: set[str] = set()
        for row in table.body_rows:
            texts = table.row_texts(row)
            if unit_cols:
                unit = texts[unit_cols[0]].strip().lower()
            else:
                tail = next((_UNIT_TAIL.search(text) for text in texts if _UNIT_TAIL.search(text)), None)
                unit = tail.group(1).strip().lower() if tail else ""
            if unit:
                units.add(unit)
        context.cache[key] = len(units) > 1
    return bool(context.cache[key])


def column_role(table: Table, col: int, context: ExtractionContext) -> ColumnRole | None:
    """What a column of an indicator table holds, from its header."""
    headers = _headers(table)
    if col >= len(headers) or not headers[col]:
        return None
    rules = context.rules.tables
    header = headers[col]
    if _only_says(header, rules.unit_headers):
        return "unit"
    if says(header, rules.code_headers):
        return "code"  # "Единица измерения / код по ОКЕИ": 744 is a code, not a value
    if says(header, rules.change_headers) or (says(header, rules.ratio_headers) and _mixed_units(table, context)):
        return "change"
    if says(header, rules.base_headers):
        return "base"
    if says(header, rules.plan_headers):
        return "plan"
    if says(header, rules.fact_headers):
        return "fact"
    return "value"


def column_kind(segment: Segment, context: ExtractionContext) -> Literal["actual", "target"] | None:
    """``target`` in a plan column, ``actual`` in a fact column, None elsewhere."""
    table = segment.block.table
    if table is None or segment.cell is None:
        return None
    role = column_role(table, segment.cell.col, context)
    return "target" if role == "plan" else "actual" if role == "fact" else None


def _unit_column(table: Table, context: ExtractionContext) -> int | None:
    return next(
        (col for col, text in enumerate(_headers(table)) if says(text, context.rules.tables.unit_headers)), None
    )


def _is_indicator_table(table: Table, context: ExtractionContext) -> bool:
    return any(_YEAR.search(text) or says(text, context.rules.tables.indicator_headers) for text in _headers(table))


@dataclass(frozen=True, slots=True)
class IndicatorCell:
    """A number in an indicator table with what its row and column say about it."""

    label: str
    """The row's indicator name (a sub-row's own words, e.g. ``разноуровневых``)."""
    unit: str | None
    """The unit column's text for the row (``чел.``, ``%``, ``ед.``), if the table has one."""
    about_programs: bool
    parent_value: float | None
    """For a sub-row (``в т.ч. ...``, ``- ...``): the parent row's value in the same column."""
    parent_label: str | None
    role: ColumnRole = "value"
    previous_value: float | None = None
    """The value in the row's base / earlier-year column (the ``previous`` of this one)."""
    previous_year: int | None = None
    head_count: int | None = None
    """``11,4 (44)``: the head-count in brackets after a share."""

    @property
    def previous(self) -> PreviousValue | None:
        """The base / earlier-year column's value as the ``previous`` of this cell's value."""
        if self.previous_value is None:
            return None
        value = self.previous_value
        return PreviousValue(value=int(value) if value.is_integer() else value, year=self.previous_year)


def sub_row_prefix(label: str, context: ExtractionContext) -> str | None:
    lowered = label.lower().lstrip()
    for marker in sorted(context.rules.tables.sub_row_markers, key=len, reverse=True):
        if lowered.startswith(marker.lower()):
            return label[: len(label) - len(lowered) + len(marker)]
    return None


def is_sub_row(label: str, context: ExtractionContext) -> bool:
    """``в т.ч. ...``, ``из них: ...``, ``- ...``, or a label that starts in lower case (a
    continuation of the breakdown: ``разноуровневых``)."""
    return sub_row_prefix(label, context) is not None or label[:1].islower()


def has_program_noun(text: str, context: ExtractionContext) -> bool:
    """True when any word of a text names programs (a caption: "Распределение программ по …")."""
    words = {lemma(word) for word in re.findall(r"\w+", text.lower())} | set(re.findall(r"[А-ЯЁ]{2,}", text))
    return bool(words & context.rules.program_noun_lemmas)


def mentions_programs(text: str, context: ExtractionContext) -> bool:
    """True when an indicator name counts programs: its counted noun (``Количество программ``,
    ``в т.ч. реализуемых в сетевой форме``) is a program noun — not ``Количество организаций,
    реализующих программы``."""
    head = label_unit(text, None, context)
    if head:
        return head in context.rules.program_noun_lemmas
    words = {lemma(word) for word in re.findall(r"\w+", text.lower())} | set(re.findall(r"[А-ЯЁ]{2,}", text))
    return bool(words & context.rules.program_noun_lemmas)


_GROUPED = re.compile(r"\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?!\d)")
_SPACED_DIGITS = re.compile(r"\d[\s\u00a0\u202f]+\d")


_NOTE_MARK = re.compile(r"(?<=[\d%)])\s?[¹²³⁴⁵⁶⁷⁸⁹⁰*]{1,3}\s*$")
"""A note mark after a cell's figure: "162²", "3 417*"."""


def strip_note_mark(text: str) -> str:
    """The cell text without a note mark after its figure ("162²" -> "162")."""
    return _NOTE_MARK.sub("", text)


_SIGN_QUALIFIERS = {"≥": "не менее", "≤": "не более", ">": "более", "<": "менее"}


def cell_qualifier(text: str, qualifiers: list[str]) -> tuple[str | None, str]:
    """A qualifier before a cell's figure ("не менее 20", "≥ 35") and the rest of the cell; the signs
    are read as their words."""
    stripped = text.strip()
    if not stripped or stripped[0].isdigit():
        return None, text  # most cells: a figure first
    if stripped[0] in _SIGN_QUALIFIERS:
        return _SIGN_QUALIFIERS[stripped[0]], stripped[1:].strip()
    lowered = stripped.lower()
    for qualifier in _longest_first(tuple(qualifiers)):
        if lowered.startswith(qualifier.lower() + " ") and stripped[len(qualifier) + 1 :].strip()[:1].isdigit():
            return qualifier, stripped[len(qualifier) + 1 :].strip()
    return None, text


@cache
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def cell_number(text: str) -> float | None:
    """The number of a bare-number cell (``2 371``, ``78,5 %``, ``11,4 (44)``); None when spaces
    between digits do not group thousands (``1 487 1 243 83,6``: several cells read as one)."""
    cleaned = _HEAD_COUNT.sub("", strip_note_mark(text))
    if _SPACED_DIGITS.search(cleaned) and not _GROUPED.fullmatch(
        re.split(r"[,.]", cleaned.strip().rstrip("% "))[0].lstrip("-–+")
    ):
        return None
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", cleaned).replace(",", ".").rstrip("%").replace("–", "-")
    try:
        return float(cleaned)
    except ValueError:
        return None


def is_percent_unit(unit: str | None, label: str, context: ExtractionContext) -> bool:
    """A row of shares: its unit cell says so, or its name ends with ``, %`` / ``(в %)``."""
    units = [word.lower() for word in context.rules.tables.percent_units]
    if unit is not None and any(unit.strip().lower().startswith(word) for word in units):
        return True
    tail = label.lower().rstrip(" .)")
    return any(tail.endswith(word.lower()) for word in context.rules.tables.percent_units)


def _earlier_column(table: Table, row: int, col: int, context: ExtractionContext) -> tuple[float | None, int | None]:
    """The value in the row's base column (or the year column just before, when the table has a
    base column nowhere): the ``previous`` of a cell."""
    headers = _headers(table)
    texts = table.row_texts(table.rows[row])
    for other, header in enumerate(headers):
        if other != col and column_role(table, other, context) == "base" and other < len(texts):
            value = cell_number(texts[other])
            if value is not None:
                year = _YEAR.search(header)
                return value, int(year.group()) if year else None
    return None, None


def indicator_cell(segment: Segment, context: ExtractionContext) -> IndicatorCell | None:
    """What a bare-number cell of an indicator table (``Показатель | Ед. изм. | 2022 | 2023``,
    plan / fact / base columns) measures; None for other cells, change columns and activity tables."""
    table = segment.block.table
    if table is None or segment.cell is None or segment.row_index is None:
        return None
    if not _BARE_NUMBER.match(segment.text) or segment.cell.col == 0:
        return None
    cached = segment.cache.get("indicator_cell", False)
    if cached is not False:
        return cached  # type: ignore[no-any-return]
    found = _indicator_cell(segment, table, context)
    segment.cache["indicator_cell"] = found
    return found


def _indicator_cell(segment: Segment, table: Table, context: ExtractionContext) -> IndicatorCell | None:
    assert segment.cell is not None and segment.row_index is not None
    row = table.rows[segment.row_index]
    if row.is_header or row.is_column_numbers or is_activity_table(table, context):
        return None
    if not _is_indicator_table(table, context):
        return None
    role = column_role(table, segment.cell.col, context)
    if role in {"unit", "change", "base", None}:
        return None
    label = row_label(table, segment.row_index)
    if not label or label == segment.text:
        return None
    unit_col = _unit_column(table, context)
    texts = table.row_texts(row)
    unit = texts[unit_col] if unit_col is not None and unit_col < len(texts) and texts[unit_col] else None
    parent_value = parent_label = None
    about_programs = mentions_programs(label, context)
    if is_sub_row(label, context):
        for parent_index in range(segment.row_index - 1, -1, -1):
            parent_row = table.rows[parent_index]
            if parent_row.is_header or parent_row.is_column_numbers:
                break
            candidate = row_label(table, parent_index)
            if candidate and not is_sub_row(candidate, context):
                parent_label = candidate
                parent_texts = table.row_texts(parent_row)
                if segment.cell.col < len(parent_texts):
                    parent_value = cell_number(parent_texts[segment.cell.col])
                about_programs = about_programs or mentions_programs(candidate, context)
                break
        prefix = sub_row_prefix(label, context)
        if prefix is not None:
            label = label[len(prefix) :].lstrip(" :")
    previous_value, previous_year = _earlier_column(table, segment.row_index, segment.cell.col, context)
    head_count = _HEAD_COUNT.search(segment.text)
    return IndicatorCell(
        label,
        unit,
        about_programs,
        parent_value,
        parent_label,
        role=role,
        previous_value=previous_value,
        previous_year=previous_year,
        head_count=int(re.sub(r"\s", "", head_count.group(1))) if head_count else None,
    )


def _after_breakdown_opening(label: str, context: ExtractionContext) -> str:
    """The label without the breakdown words it opens with ("в т.ч.", "из них")."""
    stripped = label.lstrip(" -–—•")
    lowered = stripped.lower()
    for phrase in context.rules.numbers.breakdown:
        if lowered.startswith(phrase.lower()) and not lowered[len(phrase) : len(phrase) + 1].isalnum():
            return stripped[len(phrase) :].strip(" :,–—-")
    return label


_BRACKETED = re.compile(r"\([^()]*\)")


def label_unit(label: str, unit: str | None, context: ExtractionContext) -> str:
    """The unit of an indicator row: a real unit from the unit column (``чел.`` -> ``человек``),
    else the counted noun of the label (``Количество организаций`` -> ``организация``)."""
    abbreviations = context.rules.units.abbreviations
    label = _after_breakdown_opening(label, context)  # "в т.ч. в реестре сертифицированных": no "ч." unit
    outside = _BRACKETED.sub(" ", label)  # "негосударственных (НКО, ИП)": an aside names no unit
    if unit and "/" in unit:
        unit = unit.split("/", 1)[0].strip()  # "человек/%" over "58/3,1": the count's unit comes first
    if unit:
        expanded = abbreviations.get(unit) or abbreviations.get(unit.rstrip("."))
        if expanded is None and re.fullmatch(r"[А-Яа-яЁё]+", unit.strip()):
            written = lemma(unit.strip().lower())  # a unit written in full: "человек", "единиц"
            expanded = written if written in context.rules.unit_names else None
        if expanded and expanded not in context.rules.units.generic_units:
            return expanded
    stated = re.search(r"\(\s*([А-Яа-яЁё]+\.?)\s*\)\s*$", label)  # "Оценка качества ДООП (программ)"
    if stated and stated.group(1).isupper() and stated.group(1) not in abbreviations:
        stated = None  # "… прошедшие независимую оценку качества (НОК)": the short name of the phrase, no unit
    if stated:
        word = stated.group(1)
        expanded = abbreviations.get(word) or abbreviations.get(word.rstrip("."))
        if expanded is None and not word.endswith(".") and any(p.tag.POS == "NOUN" for p in parses(word.lower())[:1]):
            expanded = lemma(word.lower())
            # a word in brackets states the unit ("(программ)", "(отчёт)"), unless it names again a noun of
            # the label in a compound ("сертификатов финансирования (соцсертификатов)")
            if any(
                len(named) >= 5 and expanded != named and expanded.endswith(named)
                for named in map(lemma, re.findall(r"[а-яё]+", outside.lower()))
            ):
                expanded = None
        if expanded and expanded not in context.rules.units.generic_units:
            return expanded
    label = outside
    trailing = re.search(r",\s*([а-яё]+)\s*$", label)  # "Муниципальный фестиваль «ШелкоТех», участников"
    if trailing is not None:
        best = parses(trailing.group(1))[:1]
        if best and best[0].tag.POS == "NOUN" and {"gent", "plur"} <= set(best[0].tag.grammemes):
            return lemma(trailing.group(1))
    marked = re.findall(r"[А-Яа-яЁё]+(?:-[а-яё]+)?\.?", label)  # "Кол-во орг.": a short form keeps its marks
    for index, word in enumerate(marked[:-1]):  # "Кол-во орг.": the short forms of rules/units.yaml
        if word.lower() in context.rules.numbers.count_nouns and marked[index + 1].lower() in abbreviations:
            return abbreviations[marked[index + 1].lower()]
    cut_nouns = [_cut_short(word, context) for word in marked]
    words = [noun or word.rstrip(".") for word, noun in zip(marked, cut_nouns, strict=True)]  # "прогр." -> программа
    # a word cut short that stands for no noun of the rules ("Охвач.") is no noun: its guessed lemma
    # ("охвач") would be taken for one
    uncut = {
        word.rstrip(".")
        for word, noun in zip(marked, cut_nouns, strict=True)
        if word.endswith(".") and noun is None and len(word) > 4
    }
    nouns = [
        word
        for word in words
        if word not in uncut
        and ((len(word) > 1 and word.isupper()) or any(parse.tag.POS == "NOUN" for parse in parses(word.lower())[:1]))
    ]
    numbers = context.rules.numbers
    count_words = {lemma(word) for word in (*numbers.count_nouns, *numbers.collective_nouns)}
    for index, word in enumerate(words):
        if lemma(word.lower()) in count_words:
            following = [w for w in words[index + 1 :] if w in nouns]
            if len(following) > 1 and following[0].isupper() and _after_participle(words, following[0]):
                following = following[1:]  # "Количество проведённых МОЦ консультаций": МОЦ is who held them
            if following:  # "Количество ДООП в Навигаторе": an abbreviation stays as written
                return following[0] if following[0].isupper() else lemma(following[0].lower())
    # "Занимаются по программам ДО, чел.": people, though the only noun names programs
    unit_at_end = re.search(r",\s*([а-яё]+\.)\s*$", label)
    people = abbreviations.get(unit_at_end.group(1)) if unit_at_end is not None else None
    if people is not None and people not in context.rules.units.generic_units:
        named = [noun for noun in nouns[:-1] if not noun.isupper()]  # the last noun is the unit itself
        if all(lemma(noun.lower()) in context.rules.program_noun_lemmas for noun in named):
            return people
    if not nouns:
        # "Обучающихся": a participle standing for the people counted
        substantive = next((found for word in words if (found := substantive_participle(word.lower()))), None)
        return substantive or unit or ""
    action = _action_unit(words, nouns, context)
    if action is not None:
        return action
    first = words.index(nouns[0])
    if first > 0 and any(parse.tag.POS == "PREP" for parse in parses(words[first - 1].lower())[:1]):
        # "Включено в реестр сертифицированных программ": a place the counted programs are put in
        programs = [noun for noun in nouns[1:] if lemma(noun.lower()) in context.rules.program_noun_lemmas]
        if programs:
            return lemma(programs[0].lower())
    return nouns[0] if nouns[0].isupper() else lemma(nouns[0].lower())


def _cut_short(word: str, context: ExtractionContext) -> str | None:
    """The noun a word cut short before its period stands for, when one noun of the rules begins so
    ("прогр." -> "программа", "педаг." -> "педагог"; the dictionary does not know the cut word)."""
    stem = word[:-1].lower() if word.endswith(".") else ""
    noun = context.rules.cut_nouns.get(stem)
    if noun is None or stem in context.rules.units.abbreviations or not cut_short(stem):
        return None
    return noun


def _after_participle(words: list[str], word: str) -> bool:
    """``word`` comes right after a participle ("проведённых МОЦ")."""
    position = words.index(word)
    return position > 0 and any(parse.tag.POS == "PRTF" for parse in parses(words[position - 1].lower())[:1])


@cache
def _action_lemmas(actions: tuple[tuple[str, str | None], ...]) -> tuple[tuple[tuple[str, ...], str | None], ...]:
    """The action phrases of the rules as lemma tuples, with what each yields."""
    return tuple((tuple(lemma(word) for word in phrase.split()), result) for phrase, result in actions)


def _action_unit(words: list[str], nouns: list[str], context: ExtractionContext) -> str | None:
    """The unit of an activity's title that opens with an action noun (rules: ``action_nouns``):
    what the action yields, else the next noun ("Проведение семинаров для педагогов" -> семинар)."""
    actions = context.rules.numbers.action_nouns
    lemmas = [lemma(word.lower()) for word in words]
    for wanted, result in _action_lemmas(tuple(actions.items())):
        if lemmas[: len(wanted)] != list(wanted):
            continue
        if result:
            return result
        rest = words[len(wanted) :]
        if len(rest) > 1 and rest[0].lower() == "и":  # "Разработка и размещение программ"
            singles = {phrase[0] for phrase, _ in _action_lemmas(tuple(actions.items())) if len(phrase) == 1}
            rest = rest[2:] if lemma(rest[1].lower()) in singles else rest
        # the action's object, not a place: "размещение в Навигаторе новых ДООП" -> ДООП
        following = [
            word
            for index, word in enumerate(rest)
            if word in nouns and not (index and any(p.tag.POS == "PREP" for p in parses(rest[index - 1].lower())[:1]))
        ]
        if not following:
            return None
        return following[0] if following[0].isupper() else lemma(following[0].lower())
    return None


def year_of_column(segment: Segment) -> int | None:
    """The year in the header of the segment's column, if any (the later year of "2023/2024")."""
    years = _YEAR.findall(column_header(segment))
    return int(years[-1]) if years else None
