"""Tasks (задачи) and perspectives (перспективы) of the centre.

Every list of the document is found once and given to the one phrase that introduces it:

* a run of list items (``1.``, ``2.1.``, ``а)``, ``1)``, ``•``, ``–``; a number that does not follow
  the one before starts another list), or the lines that continue a lead-in ending with a colon
  (web pages: ``...;`` lines, or short parallel sentences);
* an enumeration inside one sentence or table cell after ``:``, a dash or a lead-in verb
  (``Приоритеты на 2025 год: ...; ...; ...``, ``Задачи центра — ..., ... и ...``, a passport row
  ``Задачи подпрограммы | 1. ... 2. ...``).

The introducer is the nearest lead-in before the list: the line before it when it ends with a
colon, else the heading or section title before it. A colon line that names nothing
(``В ближайшие годы МОЦ планирует:``) lets the section heading above it speak, unless it reports
work done (a verb in the past: ``Проведены мероприятия:``). What the introducer names decides the
family: a word of ``task_headings`` or ``perspective_headings`` (``rules/document.yaml``) in the
nominative, accusative or instrumental, agreeing with the words before it and governed by no
preposition (``Задачи МОЦ:``, ``Основными задачами центра являются:`` — not ``В рамках реализации
задач проведены:``); before a colon, only a lead-in verb may follow it in its clause.
``Задача N. ...`` blocks are tasks of their own and never lead in; items that state the goal
(``goal_words``) are not tasks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Literal

from mocparse.document import Block, BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import vocabulary
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import make_doc
from mocparse.nlp.morph import lemma, parses, part_of_speech
from mocparse.readers.layout import ordinal_value, split_list_label
from mocparse.records import CellRef, Evidence, Perspective, Task, TextSpan
from mocparse.rules import DocumentRules, match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ListKind = Literal["task", "perspective"]
_Cue = Literal["task", "perspective", "plan"]
_Lead = Literal["task", "perspective", "plan", "other", "stop"]
"""What a block says about the list after it: it names one, it leads in without naming
(``... планирует:``; ``plan``: a planning verb for a later period, perspectives unless the heading
above names the list), or it ends the search (``Задача 1. ...``, ``Проведены:``)."""

_LEAD_IN_MAX_CHARS = 220
_HEADING_MAX_CHARS = 200
_LABEL_MAX_CHARS = 100
_LINE_ITEM_MAX_CHARS = 500
_PARALLEL_LINE_MAX_CHARS = 300
_CUE_WINDOW = 4
"""A heading word opens a paragraph or a table label: it is among its first words."""
_HEADING_WORDS = 12
_FREE_CASES = frozenset({"nomn", "accs", "ablt"})
_MODIFIERS = frozenset({"ADJF", "PRTF"})
_VERBS = frozenset({"VERB", "GRND", "PRTS"})
_ALPHABET = "абвгдежзиклмнопрстуфхцчшщэюя"
_KINDS = frozenset({"task", "perspective"})

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_FINAL_PUNCTUATION = re.compile(r"[.;:,!?]$")
_CONTINUES = re.compile(r"[;,]$")
_SENTENCE_END = re.compile(r"[.;:!?]$")
_INLINE_LABEL = re.compile(r"(?<![\w.,])(?P<label>\d{1,2}(?:\.\d{1,2})*[.)]|[а-я]\))(?=\s+\S)")
_NUMBER_AFTER_WORD = re.compile(r"\s*№?\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\s*[.:)]?\s*(?:[-–—]\s+)?(?=\S)")
_DASH_MARKER = re.compile(r"\s[—–-]\s")
_SEMICOLON = re.compile(r";")
_ORDINAL_ENDING = re.compile(r"-?(?:й|го|м|ом|ем)$")
_COMMA = re.compile(r",\s+")


@dataclass(frozen=True, slots=True)
class ListItem:
    """One item of a list: its text ``[start, stop)`` in the canonical text, and where it begins
    with its label (``phrase_start``)."""

    block: Block
    number: str | None
    start: int
    stop: int
    phrase_start: int
    cell: CellRef | None = None
    evidence_start: int | None = None
    evidence_stop: int | None = None


@dataclass(frozen=True, slots=True)
class ItemList:
    """A list and what its introducer names."""

    kind: ListKind
    items: tuple[ListItem, ...]
    rule: str


# --------------------------------------------------------------------------- vocabulary


@cache
def _lemma_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lemma(word.lower()) for word in words)


def _relatives(context: ExtractionContext) -> frozenset[str]:
    return _lemma_set(tuple(context.rules.language.relative_words))


def _verbs(rules: DocumentRules) -> frozenset[str]:
    return _lemma_set(tuple(rules.lead_in_verbs))


def _has_pos(word: str, tags: frozenset[str]) -> bool:
    return any(parse.tag.POS in tags for parse in parses(word.lower()))


def task_number(text: str, context: ExtractionContext) -> tuple[str, int] | None:
    """``Задача 1. Обеспечить ...`` (a word of ``task_items`` in the nominative singular, then a
    number): the number and where the task's own text starts; None for other text."""
    stripped = len(text) - len(text.lstrip())
    word = _WORD.match(text, stripped)
    if word is None or lemma(word.group().lower()) not in _lemma_set(tuple(context.rules.document.task_items)):
        return None
    if not any(parse.tag.case == "nomn" and parse.tag.number == "sing" for parse in parses(word.group().lower())):
        return None
    number = _NUMBER_AFTER_WORD.match(text, word.end())
    if number is None:
        return None
    return number.group("number"), number.end()


def _is_goal(text: str, context: ExtractionContext) -> bool:
    word = _WORD.search(text)
    return word is not None and lemma(word.group().lower()) in _lemma_set(tuple(context.rules.document.goal_words))


# --------------------------------------------------------------------------- what a lead-in names


def _forms(token: Token) -> set[tuple[str, str]]:
    return {(str(p.tag.case), str(p.tag.number)) for p in parses(token.lower_) if p.tag.case}


def _names_freely(
    doc: Doc, first: int, last: int, pointers: frozenset[str] | None = None, inclusion: tuple[str, ...] = ()
) -> bool:
    """The cue at tokens ``[first, last)`` names the list: its noun is in the nominative,
    accusative or instrumental, agreeing with the modifiers before it, and no preposition governs
    it (``основными задачами``, not ``в рамках реализации задач`` or ``по основным направлениям``).
    Right before a colon, a pointing modifier (``pointers``) makes any case name it: ``решение
    следующих задач:``."""
    if part_of_speech(doc[first].text) == "PREP":
        return True  # the cue brings its own preposition ("в перспективе")
    if last - first == 1 and part_of_speech(doc[first].text) in {"VERB", "PRTS"}:
        return True  # a predicate, not a noun: "На IV квартал 2025 г. запланировано:"
    head = next((doc[i] for i in range(first, last) if _has_pos(doc[i].text, frozenset({"NOUN"}))), doc[first])
    forms = _forms(head)
    before = first - 1
    while before >= 0 and _has_pos(doc[before].text, _MODIFIERS):
        agreeing = forms & _forms(doc[before])
        if not agreeing:
            break
        if pointers and doc[before].lemma_ in pointers:
            return True
        forms = agreeing
        before -= 1
    preceding = doc[max(0, before - 2) : before + 1].text.lower() if before >= 0 else ""
    if any(preceding.endswith(phrase) for phrase in inclusion) and any(case == "gent" for case, _ in forms):
        return True  # "в числе приоритетов …", "к числу основных задач"
    if before >= 0 and part_of_speech(doc[before].text) == "PREP":
        return doc[before].lower_ in _TOPIC_PREPOSITIONS  # "Теперь о задачах на новый учебный год."
    return any(case in _FREE_CASES for case, _ in forms)


_TOPIC_PREPOSITIONS = frozenset({"о", "об"})
"""Prepositions that announce the topic of what follows: the list is about the noun they govern."""


def _opens_clause(doc: Doc, position: int, relatives: frozenset[str]) -> bool:
    """A relative word after a comma (prepositions between): ``, в которой``, ``, что``."""
    if doc[position].lemma_ not in relatives:
        return False
    before = position - 1
    while before >= 0 and part_of_speech(doc[before].text) == "PREP":
        before -= 1
    return before >= 0 and doc[before].text == ","


def _same_clause(doc: Doc, after: int, marker: int, verbs: frozenset[str], relatives: frozenset[str]) -> bool:
    """No other clause between the cue and the colon: a verb after the cue must be a lead-in verb
    or stand in a relative clause (``Задачи, которые стоят перед МОЦ:``)."""
    relative = False
    for token in doc[after:]:
        if token.idx >= marker:
            break
        relative = relative or _opens_clause(doc, token.i, relatives)
        if (
            not relative
            and _has_pos(token.text, _VERBS)
            and part_of_speech(token.text) in _VERBS
            and token.lemma_ not in verbs
        ):
            return False
    return True


def _word_index(doc: Doc, position: int) -> int:
    return sum(1 for token in doc[:position] if token.is_alpha)


@cache
def _cue_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """Lemmas of the content words of the list cues: text without one of them names no list."""
    return frozenset(
        lemma(word.lower())
        for phrase in phrases
        for word in _WORD.findall(phrase)
        if part_of_speech(word) not in {"PREP", "CONJ", "PRCL"}
    )


def _may_name_a_list(text: str, context: ExtractionContext) -> bool:
    rules = context.rules.document
    words = _cue_words(
        (*rules.task_headings, *rules.perspective_headings, *rules.later_period_headings, *rules.later_period_verbs)
    )
    return any(lemma(word.lower()) in words for word in _WORD.findall(text))


def _cue_kind(
    text: str, context: ExtractionContext, mode: Literal["colon", "start", "anywhere"], marker: int | None = None
) -> _Cue | None:
    """What ``text`` (up to ``marker``) names a list of. ``colon``: the cue closest to the colon
    at ``marker``, in its clause; ``start``: a cue among the first words; ``anywhere``: the first."""
    if not _may_name_a_list(text if marker is None else text[:marker], context):
        return None
    doc = make_doc(text.lower())
    stop = len(text) if marker is None else marker
    relatives = _relatives(context)
    found: list[_Cue] = []
    for label, first, last in match_labels(context.rules.list_matcher, doc[:]):
        if label == "plan" and mode != "colon":
            continue
        end = doc[last - 1].idx + len(doc[last - 1].text)
        if end > stop or (mode == "start" and _word_index(doc, first) >= _CUE_WINDOW):
            continue
        if any(_opens_clause(doc, index, relatives) for index in range(first)):
            continue  # said inside a subordinate clause: "резолюцию, в которой определены приоритеты"
        at_colon = mode == "colon" and not text[end:stop].strip()
        pointers = _lemma_set(tuple(context.rules.document.list_pointers)) if at_colon else None
        if not _names_freely(doc, first, last, pointers, tuple(context.rules.document.list_inclusion)):
            continue
        if label in {"later", "plan"} and not (
            _names_later_period(text[end:stop], context) or _names_later_period(text[: doc[first].idx], context)
        ):
            continue
        if mode == "colon" and not _same_clause(doc, last, stop, _verbs(context.rules.document), relatives):
            continue
        if label == "later" and any(
            lemma(token.text) in _cue_words(tuple(context.rules.document.task_headings)) for token in doc[first:last]
        ):
            label = "task"  # the list's own noun inside the period words: "Предложения и задачи на 2026 год"
        found.append("task" if label == "task" else "plan" if label == "plan" else "perspective")
    if not found:
        return None
    named = [cue for cue in found if cue != "plan"] or found  # a noun names the list before a verb does
    kind = named[-1] if mode == "colon" else named[0]
    return None if kind == "task" and _other_owner(text[:stop], context) else kind


def _other_owner(text: str, context: ExtractionContext) -> bool:
    """The tasks of a lead-in belong to something else than the centre: "Задачи мониторинга:",
    "В ходе мониторинга решались следующие задачи:" (rules: ``other_task_owners``)."""
    owners = _lemma_set(tuple(context.rules.document.other_task_owners))
    words = [word.lower() for word in _WORD.findall(text)]
    lemmas = [lemma(word) for word in words]
    for index, word_lemma in enumerate(lemmas):
        if word_lemma not in owners:
            continue
        before = " ".join(words[max(0, index - 2) : index])
        if before.endswith(("в ходе", "в рамках", "при проведении")) or (index > 0 and lemmas[index - 1] == "задача"):
            return True
    return False


def _names_later_period(text: str, context: ExtractionContext) -> bool:
    """The words around ``Приоритеты на`` or ``планирует`` name a period that begins after the
    document's (``на 2025 год`` in a report for 2024; an academic year begins in its first year's
    autumn; ``во втором полугодии`` with no year written is of the document's own year)."""
    period = context.period
    if period is None or period.end is None:
        return False
    lowered = text.lower()
    calendar = context.rules.calendar
    year = _YEAR.search(text)
    month = _year_part_month(lowered if year is None else lowered[: year.start()], context)
    if year is None:
        if month is None or period.start is None or period.start.year != period.end.year:
            return False
        return dt.date(period.end.year, month, 1) > period.end
    academic = vocabulary(context.rules).patterns.academic.search(text) is not None  # "учебного года" too
    begins = dt.date(
        int(year.group()),
        calendar.academic_year_start.month if academic else month or 1,
        calendar.academic_year_start.day if academic else 1,
    )
    if academic and period.start is not None and begins > period.start:
        # an academic year begun inside a calendar year's report lies mostly after it: "Рекомендации на
        # 2025/2026 учебный год" in a report for 2025
        return begins.replace(year=begins.year + 1) > period.end
    return begins > period.end


def _year_part_month(text: str, context: ExtractionContext) -> int | None:
    """The first month of the last part of a year named in ``text`` ("на IV квартал" -> 10,
    "в III–IV кварталах" -> 7, "во втором полугодии" -> 7)."""
    calendar = context.rules.calendar
    parts = [(_lemma_set(tuple(word.rstrip(".") for word in part.words)), part.months) for part in calendar.year_parts]
    words = text.split()
    for position in range(len(words) - 1, 0, -1):
        part_word = lemma(words[position].strip(".,:;").lower())
        for part_words, months in parts:
            if part_word not in part_words:
                continue
            ordinal = re.split(r"[–—]|-(?=[IVX\d])", words[position - 1].lower())[0].strip(".")
            spellings = {ordinal, _ORDINAL_ENDING.sub("", ordinal), lemma(ordinal)}
            for number, forms in calendar.ordinals.items():
                if spellings & {form.lower() for form in forms}:
                    return (number - 1) * months + 1 if number * months <= 12 else None
    return None


def _reports_done(text: str) -> bool:
    """A lead-in with a verb in the past (``Проведены следующие мероприятия:``) lists work done."""
    return any(
        parse.tag.POS in {"VERB", "PRTS"} and parse.tag.tense == "past"
        for word in _WORD.findall(text)
        for parse in parses(word.lower())[:1]
    )


_LIST_COUNT = re.compile(r"^(?:их|всего их|таких)\s+(?:\d{1,2}|[а-яё]+)\s*[.:]$", re.IGNORECASE)


def _counts_the_list(sentence: str) -> bool:
    """A sentence that only says how many items follow ("Их пять.")."""
    found = _LIST_COUNT.match(sentence.strip())
    if found is None:
        return False
    word = sentence.strip().rstrip(".:").split()[-1].lower()
    return word.isdigit() or any(parse.tag.POS == "NUMR" for parse in parses(word)[:1])


class _Leads:
    """What each block of a document says about the list after it (worked out once per block)."""

    def __init__(self, annotated: AnnotatedDocument, context: ExtractionContext) -> None:
        self.annotated = annotated
        self.context = context
        self.blocks = annotated.document.blocks
        self.known: dict[int, _Lead | None] = {}

    def lead(self, position: int) -> _Lead | None:
        if position not in self.known:
            self.known[position] = self._lead(self.blocks[position])
        return self.known[position]

    def _lead(self, block: Block) -> _Lead | None:
        if block.kind in {BlockKind.TABLE, BlockKind.NOTE}:
            return None
        document = self.annotated.document
        body = document.block_body(block).strip()
        if not body or task_number(body, self.context) is not None:
            return "stop" if body else None
        if body.endswith(":"):
            segments = self.annotated.block_segments(block)
            sentence = segments[-1].text.strip() if segments else body
            if len(sentence) > _LEAD_IN_MAX_CHARS:  # the words nearest the colon
                sentence = sentence[-_LEAD_IN_MAX_CHARS:].split(" ", 1)[-1]
            kind = _cue_kind(sentence, self.context, "colon", len(sentence) - 1)
            if kind is not None:
                return kind
            if len(segments) > 1:  # "Выводы и задачи на 2025 год. … В 2025 году МОЦ необходимо:": a run-in title
                title = segments[0].text.strip()
                if len(title) <= _HEADING_MAX_CHARS and not _has_finite_verb(title) and not _reports_done(title):
                    kind = _cue_kind(title, self.context, "anywhere")
                    if kind is not None:
                        return kind
            return "stop" if _reports_done(sentence) or self._names_other_list(sentence) else "other"
        if block.kind is BlockKind.HEADING or is_section_heading(self.annotated, block):
            if self._in_title(body):
                return None  # "Итоги 2024/2025 учебного года и задачи на 2025/2026 учебный год" names the document
            return _cue_kind(body, self.context, "anywhere") if len(body) <= _HEADING_MAX_CHARS else None
        pointed = self._pointed_list(block)
        if pointed is not None:
            return pointed
        if block.kind is BlockKind.PARAGRAPH and len(body) <= _LEAD_IN_MAX_CHARS:
            if _has_finite_verb(body) or _reports_done(body):
                return None  # a statement ("Все задачи выполнены …"), not a title over a list
            return _cue_kind(body, self.context, "start")
        return None

    def _in_title(self, body: str) -> bool:
        """The heading is (a part of) the document's title."""
        title = " ".join((self.context.info.title or "").split())
        return bool(title) and " ".join(body.split()) in title

    def _pointed_list(self, block: Block) -> _Lead | None:
        """A paragraph whose last sentence names the list after it with a pointer, or ends with the
        list's name, and a full stop ("… предлагаю принять следующие задачи на новый учебный год.",
        "Коротко назову основные задачи."): read as if it ended with a colon."""
        if block.kind is not BlockKind.PARAGRAPH:
            return None
        segments = self.annotated.block_segments(block)
        counted = len(segments) > 1 and _counts_the_list(segments[-1].text)
        if counted:
            segments = segments[:-1]  # "Теперь о задачах на 2025/2026 учебный год. Их пять."
        if not segments or not segments[-1].text.rstrip().endswith("."):
            return None
        pointers = _lemma_set(tuple(self.context.rules.document.list_pointers))
        words = _WORD.findall(segments[-1].text)
        rules = self.context.rules.document
        ends_with_cue = bool(words) and lemma(words[-1].lower()) in _cue_words(
            (*rules.task_headings, *rules.perspective_headings)
        )  # "Коротко назову основные задачи."
        if not counted and not ends_with_cue and not any(token.lemma_ in pointers for token in segments[-1].doc):
            return None
        sentence = segments[-1].text.strip()[:-1] + ":"
        if len(sentence) > _LEAD_IN_MAX_CHARS:
            sentence = sentence[-_LEAD_IN_MAX_CHARS:].split(" ", 1)[-1]
        return _cue_kind(sentence, self.context, "colon", len(sentence) - 1)

    def _names_other_list(self, sentence: str) -> bool:
        """A lead-in that ends in a noun names its list itself (``сохраняется ряд проблем:``), so a
        heading above does not speak for it; a pointer (``следующее:``) or a verb names nothing."""
        words = _WORD.findall(sentence)
        if not words:
            return False
        last = words[-1].lower()
        found = parses(last)
        rules = self.context.rules.document
        neutral = _lemma_set(tuple(rules.list_pointers)) | _lemma_set(tuple(rules.list_plan_nouns))
        return bool(found) and found[0].tag.POS == "NOUN" and found[0].normal_form not in neutral

    def introduces(self, position: int) -> ListKind | None:
        """What the list right after block ``position`` is, by its nearest introducer."""
        if position < 0:
            return None
        lead = self.lead(position)
        if lead == "task" or lead == "perspective":
            return lead
        if lead == "plan":
            return self.heading_above(position) or "perspective"
        return self.heading_above(position) if lead == "other" else None

    def heading_above(self, position: int) -> ListKind | None:
        """What the heading over the lead-in at ``position`` names (a few paragraphs up at most)."""
        for back in range(position - 1, max(-1, position - 4), -1):
            block = self.blocks[back]
            if block.kind is BlockKind.HEADING or is_section_heading(self.annotated, block):
                heading = self.lead(back)
                return heading if heading == "task" or heading == "perspective" else None
            if block.kind is not BlockKind.PARAGRAPH:
                return None
        return None


def is_section_heading(annotated: AnnotatedDocument, block: Block) -> bool:
    """A numbered section title (``5. Проблемы и задачи на 2024 год``): a short list item without
    final punctuation."""
    text = annotated.document.block_body(block).strip()
    return (
        block.kind is BlockKind.LIST_ITEM
        and len(text.split()) <= _HEADING_WORDS
        and not _FINAL_PUNCTUATION.search(text)
    )


# --------------------------------------------------------------------------- runs of list items


def _label_style(label: str | None) -> str:
    """The kind of a list label: ``1)``, ``1.``, ``1.1.``, ``а)``, or a bullet."""
    if not label:
        return "none"
    if label[0].isdigit():
        return ("multi" if label.rstrip(".)").count(".") else "number") + label[-1]
    if label[0].isalpha():
        return "letter" + label[-1]
    return "bullet"


def _label_key(label: str | None) -> tuple[int, ...] | None:
    """Where a label stands in its sequence (``2.3`` -> (2, 3), ``в)`` -> (3,)); None for bullets."""
    if not label:
        return None
    core = label.rstrip(".)")
    ordinal = ordinal_value(core)
    if ordinal is not None:
        return (ordinal,)  # "Первая – …", "Вторая – …"
    if core.replace(".", "").isdigit():
        return tuple(int(part) for part in core.split(".") if part)
    if len(core) == 1 and core.lower() in _ALPHABET:
        return (_ALPHABET.index(core.lower()) + 1,)
    return None


def _label_number(label: str | None) -> str | None:
    """The visible number of a label without its trailing ``.`` / ``)``; None for bullets."""
    if not label or not label[0].isalnum():
        return None
    return label.rstrip(".)") or None  # as written: "1.2", "Первая"


def _goes_on_below(annotated: AnnotatedDocument, position: int) -> bool:
    """The line at ``position`` is cut mid-sentence and the next line carries it on (a wrapped line
    of a text file: the next starts in lower case)."""
    blocks = annotated.document.blocks
    if position + 1 >= len(blocks) or blocks[position + 1].kind is not BlockKind.PARAGRAPH:
        return False
    below = annotated.document.block_body(blocks[position + 1]).lstrip()
    return not _SENTENCE_END.search(annotated.document.block_body(blocks[position]).rstrip()) and below[:1].islower()


def _wrapped_items(annotated: AnnotatedDocument) -> dict[int, int]:
    """List items whose text goes on in the lines below: item position -> its last line's position."""
    wrapped: dict[int, int] = {}
    for position, block in enumerate(annotated.document.blocks):
        if block.kind is BlockKind.LIST_ITEM:
            last = position
            while _goes_on_below(annotated, last):
                last += 1
            if last > position:
                wrapped[position] = last
    return wrapped


def _plain_runs(blocks: list[Block], wrapped: dict[int, int]) -> list[list[int]]:
    """Positions of consecutive list items with one label style and rising numbers (the lines an
    item goes on in stay inside the run)."""
    continued = {line for item, last in wrapped.items() for line in range(item + 1, last + 1)}
    runs: list[list[int]] = []
    current: list[int] = []
    style: str | None = None
    key: tuple[int, ...] | None = None
    for position, block in enumerate(blocks):
        if position in continued:
            continue
        if block.kind is not BlockKind.LIST_ITEM:
            if current:
                runs.append(current)
            current, style, key = [], None, None
            continue
        block_style, block_key = _label_style(block.label), _label_key(block.label)
        restarts = key is not None and block_key is not None and block_key <= key
        if current and (block_style != style or restarts):
            runs.append(current)
            current = []
        current.append(position)
        style, key = block_style, block_key
    if current:
        runs.append(current)
    return runs


def _runs(blocks: list[Block], wrapped: dict[int, int]) -> list[list[int]]:
    """Lists of items: runs of one style, where sub-items of another style between two items
    (``1.`` ``1.1.`` ``1.2.`` ``2.``) are a list of their own and the outer list goes on past them."""
    runs = _plain_runs(blocks, wrapped)

    def follows(run: list[int], position: int) -> bool:
        return position == wrapped.get(run[-1], run[-1]) + 1

    merged: list[list[int]] = []
    index = 0
    while index < len(runs):
        outer = list(runs[index])
        index += 1
        nested: list[list[int]] = []
        while index + 1 < len(runs):
            inner, following = runs[index], runs[index + 1]
            adjacent = follows(outer, inner[0]) and follows(inner, following[0])
            style = _label_style(blocks[outer[-1]].label)
            last, first = _label_key(blocks[outer[-1]].label), _label_key(blocks[following[0]].label)
            if not (
                adjacent
                and _label_style(blocks[following[0]].label) == style != _label_style(blocks[inner[0]].label)
                and (last is None or first is None or first > last)
            ):
                break
            nested.append(inner)
            outer.extend(following)
            index += 2
        merged.append(outer)
        merged.extend(nested)
    return merged


def _ends_with_colon(annotated: AnnotatedDocument, block: Block) -> bool:
    return annotated.document.block_body(block).rstrip().endswith(":")


def _block_item(
    annotated: AnnotatedDocument, block: Block, number: str | None, last: Block | None = None
) -> ListItem | None:
    """An item that is a whole block (and the lines it goes on in, up to ``last``)."""
    body = annotated.document.block_body(block)
    end = last or block
    stop = end.body_start + len(annotated.document.block_body(end).rstrip())
    start = block.body_start + len(body) - len(body.lstrip())
    if stop <= start:
        return None
    return ListItem(block, number, start, stop, start)  # the label is the block's, outside its text


# --------------------------------------------------------------------------- lists inside one block


def _depths(text: str) -> list[int]:
    """Nesting depth in quotes and brackets at each character."""
    depth = 0
    depths = []
    for char in text:
        if char in "«(":
            depth += 1
        depths.append(depth)
        if char in "»)" and depth:
            depth -= 1
    return depths


def _segment_end(segments: list[Segment], offset: int, default: int) -> int:
    """End (canonical offset) of the sentence or cell that contains ``offset``."""
    for segment in segments:
        if segment.start <= offset < segment.stop:
            return segment.stop
    return default


def _head_form(word: str) -> str | None:
    """How an item begins, for items written in parallel: ``INFN`` (обеспечить ...) or a nominative
    of one number (``nomn/sing``: развитие ..., методическая поддержка ...)."""
    found = parses(word.lower())
    if len(word) < 2 or not found:
        return None
    if found[0].tag.POS == "INFN":
        return "INFN"
    pos = found[0].tag.POS
    for parse in found:
        if pos in {"NOUN", "ADJF", "PRTF"} and pos == parse.tag.POS and parse.tag.case == "nomn":
            return f"nomn/{parse.tag.number}"
    return None


def _fits(word: str, form: str) -> bool:
    """``word`` begins a phrase of the same ``form`` (see :func:`_head_form`)."""
    found = _head_form(word)
    if found is None or form == "INFN" or found == "INFN":
        return found == form
    pos = parses(word.lower())[0].tag.POS
    return any(
        pos == parse.tag.POS and parse.tag.case == "nomn" and f"nomn/{parse.tag.number}" == form
        for parse in parses(word.lower())
    )


def _has_finite_verb(text: str) -> bool:
    """A clause, not a phrase: a finite verb outside quotes."""
    depths = _depths(text)
    for word in _WORD.finditer(text):
        found = parses(word.group().lower())
        if not depths[word.start()] and found and found[0].tag.POS == "VERB":
            return True
    return False


class _Splitter:
    """Splits the text of one block or cell into the items of a list written inside it."""

    def __init__(
        self, annotated: AnnotatedDocument, block: Block, context: ExtractionContext, cell: CellRef | None = None
    ) -> None:
        self.text = annotated.text
        self.block = block
        self.segments = annotated.block_segments(block)
        if cell is not None:
            self.segments = [s for s in self.segments if s.row_index == cell.row and s.cell and s.cell.col == cell.col]
        self.cell = cell
        conjunctions = sorted(context.rules.document.list_conjunctions, key=len, reverse=True)
        self.conjunction = re.compile(r"\s+(?:" + "|".join(re.escape(word) for word in conjunctions) + r")\s+")
        self.evidence = (self.segments[0].start, self.segments[-1].stop) if cell is not None and self.segments else None

    def item(
        self, start: int, stop: int, phrase_start: int | None = None, number: str | None = None
    ) -> ListItem | None:
        while start < stop and self.text[start].isspace():
            start += 1
        while stop > start and self.text[stop - 1].isspace():
            stop -= 1
        if stop - start < 2:
            return None
        label, body, _ = split_list_label(self.text[start:stop])
        if label is not None and number is None:
            number = _label_number(label)
            phrase_start, start = start, stop - len(body)
        evidence = self.evidence or (None, None)
        return ListItem(
            self.block,
            number,
            start,
            stop,
            start if phrase_start is None else phrase_start,
            self.cell,
            evidence[0],
            evidence[1],
        )

    def split(self, start: int, stop: int, single: bool) -> list[ListItem]:
        """The items of the list in ``[start, stop)``: numbered (``1. ... 2. ...``), separated by
        ``;``, or parallel phrases joined by commas and ``и``; one item when ``single``."""
        for method in (self._numbered, self._semicolons, self._parallel):
            items = method(start, stop)
            if len(items) >= 2:
                return items
        if single:
            item = self.item(start, _segment_end(self.segments, start, stop) if self.cell is None else stop)
            return [item] if item is not None else []
        return []

    def _numbered(self, start: int, stop: int) -> list[ListItem]:
        region = self.text[start:stop]
        chain: list[re.Match[str]] = []
        for match in _INLINE_LABEL.finditer(region):
            key = _label_key(match.group("label"))
            if key is None:
                continue
            if not chain:
                if region[: match.start()].strip() or key[-1] != 1:
                    return []
                chain.append(match)
                continue
            previous = _label_key(chain[-1].group("label"))
            expected = (*previous[:-1], previous[-1] + 1) if previous else None
            same_kind = _label_style(match.group("label")) == _label_style(chain[-1].group("label"))
            if same_kind and key == expected:
                chain.append(match)
        if len(chain) < 2:
            return []
        items = []
        for index, match in enumerate(chain):
            item_start = start + match.end()
            if index + 1 < len(chain):
                item_stop = start + chain[index + 1].start()
            else:
                item_stop = min(stop, _segment_end(self.segments, item_start, stop))
            item = self.item(item_start, item_stop, start + match.start(), _label_number(match.group("label")))
            if item is not None:
                items.append(item)
        return items

    def _semicolons(self, start: int, stop: int) -> list[ListItem]:
        region = self.text[start:stop]
        depths = _depths(region)
        cuts = [match.end() for match in _SEMICOLON.finditer(region) if depths[match.start()] == 0]
        if not cuts:
            return []
        last_stop = min(stop, _segment_end(self.segments, start + cuts[-1], stop)) if self.cell is None else stop
        bounds = [start, *(start + cut for cut in cuts)]
        items = []
        for index, item_start in enumerate(bounds):
            item_stop = bounds[index + 1] if index + 1 < len(bounds) else last_stop
            item = self.item(item_start, item_stop)
            if item is not None:
                items.append(item)
        return items

    def _parallel(self, start: int, stop: int) -> list[ListItem]:
        """``развитие ..., поддержка ... и повышение ...``: cut where a phrase begins like the first."""
        stop = min(stop, _segment_end(self.segments, start, stop))
        region = self.text[start:stop]
        first = _WORD.search(region)
        if first is None:
            return []
        form = _head_form(first.group())
        if form is None:
            return []
        depths = _depths(region)
        cuts: list[tuple[int, int]] = []  # (end of the item before, start of the next)
        separators = sorted(
            [*_COMMA.finditer(region), *self.conjunction.finditer(region)], key=lambda match: match.start()
        )
        item_start = first.start()
        for separator in separators:
            if depths[separator.start()] or separator.start() < item_start:
                continue
            following = _WORD.match(region, separator.end())
            if following is None or not _fits(following.group(), form):
                continue
            if len(_WORD.findall(region[item_start : separator.start()])) < 2:
                continue
            cuts.append((separator.start(), separator.end()))
            item_start = separator.end()
        if not cuts:
            return []
        if _has_finite_verb(region):
            return []  # clauses, not the parallel phrases of a list
        items = []
        item_start = start + first.start()
        for end, next_start in cuts:
            item = self.item(item_start, start + end)
            if item is not None:
                items.append(item)
            item_start = start + next_start
        last = self.item(item_start, stop)
        if last is not None:
            items.append(last)
        return items


def _inline_marker(segment: Segment, context: ExtractionContext) -> tuple[_Cue, int] | None:
    """A list written after a lead-in inside the sentence: (what it is, where it starts)."""
    text = segment.text
    if not _may_name_a_list(text, context):
        return None
    verbs = _verbs(context.rules.document)
    markers: list[tuple[int, int, Literal["colon", "start"]]] = []
    colon = text.find(":")
    if colon >= 0:
        markers.append((colon, colon + 1, "colon"))
    dash = _DASH_MARKER.search(text)
    if dash is not None:
        markers.append((dash.start(), dash.end(), "start"))
    for token in segment.doc:
        if token.lemma_ in verbs:
            markers.append((token.idx, token.idx + len(token.text), "start"))
            break
    for position, end, mode in sorted(markers):
        while end < len(text) and (text[end].isspace() or text[end] == ":"):
            end += 1
        if len(_WORD.findall(text[end:])) < 2:
            continue
        kind = _cue_kind(text[:position], context, mode, position)
        same_clause = mode == "colon" or _same_clause(make_doc(text.lower()), 0, position, verbs, _relatives(context))
        if kind is not None and same_clause:
            return kind, segment.start + end
        return None
    return None


# --------------------------------------------------------------------------- all lists


def find_lists(annotated: AnnotatedDocument, context: ExtractionContext) -> list[ItemList]:
    """Every task and perspective list of the document, each list once (cached per document)."""
    cached = context.cache.get("task_lists")
    if cached is None:
        found = _find_lists(annotated, context)
        cached = context.cache["task_lists"] = [
            replace(item_list, items=tuple(_without_field_lines(annotated, item, context) for item in item_list.items))
            for item_list in found
        ]
    return list(cached)


def _without_field_lines(annotated: AnnotatedDocument, item: ListItem, context: ExtractionContext) -> ListItem:
    """The item without the lines after it that give its deadline or who answers for it ("1. Обеспечить
    охват … / Срок: до 31.12.2026. Ответственный: …"): they are the task's fields, not its words."""
    text = annotated.text
    columns = context.rules.document.activity_columns
    labels = {word.lower() for word in (*columns.deadline, *columns.responsible)}
    position = text.find("\n", item.start, item.stop)
    while position >= 0:
        line = text[position + 1 : item.stop].lstrip()
        label = line.split(":", 1)[0].strip().lower() if ":" in line[:40] else None
        if label in labels:
            stop = position
            while stop > item.start and text[stop - 1].isspace():
                stop -= 1
            return replace(item, stop=stop)
        position = text.find("\n", position + 1, item.stop)
    return item


def _find_lists(annotated: AnnotatedDocument, context: ExtractionContext) -> list[ItemList]:
    leads = _Leads(annotated, context)
    blocks = annotated.document.blocks
    lists: list[ItemList] = []
    consumed: set[int] = set()
    wrapped = _wrapped_items(annotated)
    item_kinds: dict[int, ListKind] = {}  # the kind of the list each item was taken into
    for run in _runs(blocks, wrapped):
        kind = leads.introduces(run[0] - 1)
        if kind is None and run[0] - 1 in item_kinds and _ends_with_colon(annotated, blocks[run[0] - 1]):
            kind = item_kinds[run[0] - 1]  # "2. Программно-методические:" / "2.1. …": the sub-items of a group
        if kind is None:
            continue
        if any(
            _ends_with_colon(annotated, blocks[wrapped.get(position, position)]) and leads.lead(position) in _KINDS
            for position in run
        ):
            continue  # sections whose own lines lead in ("2.2. Задачами МОЦ являются:")
        items = [
            item
            for position in run
            if (
                item := _block_item(
                    annotated,
                    blocks[position],
                    _label_number(blocks[position].label),
                    blocks[wrapped.get(position, position)],
                )
            )
            is not None
            and not _is_goal(annotated.text[item.start : item.stop], context)
        ]
        consumed.update(line for position in run for line in range(position, wrapped.get(position, position) + 1))
        if items:
            lists.append(ItemList(kind, tuple(items), "list"))
            item_kinds.update(dict.fromkeys(run, kind))
    for position, block in enumerate(blocks):
        following = position + 1
        if following >= len(blocks) or following in consumed:
            continue
        if blocks[following].kind not in {BlockKind.PARAGRAPH, BlockKind.HEADING}:
            continue
        if block.kind is BlockKind.HEADING and blocks[following].kind is BlockKind.HEADING:
            continue  # a title over a title ("… и задачи на новый учебный год" / "Выступление руководителя …")
        kind = leads.introduces(position)
        if kind is None:
            continue
        after_colon = annotated.document.block_body(block).rstrip().endswith(":")
        items = _line_items(annotated, following, after_colon, context)
        if items:
            last_line = max(index for index in range(following, len(blocks)) if blocks[index].start < items[-1].stop)
            consumed.update(range(following, last_line + 1))
            lists.append(ItemList(kind, tuple(items), "lines"))
    for block in blocks:
        if block.index in consumed or block.kind not in {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM}:
            continue
        segments = annotated.block_segments(block)
        markers = [_inline_marker(segment, context) for segment in segments]
        taken_until = block.start
        for index, (segment, found) in enumerate(zip(segments, markers, strict=True)):
            if found is None or segment.start < taken_until:
                continue
            cue, start = found
            kind = (leads.heading_above(block.index) or "perspective") if cue == "plan" else cue
            # after a run-in title ("Перспектива на 2025 год: довести охват до 73 %, …") one item will do
            titled = _run_in_title(annotated.text[segment.start : start].rstrip(" :"))
            # the list ends where a later sentence leads in a list of its own
            stop = next(
                (s.start for s, m in zip(segments[index + 1 :], markers[index + 1 :], strict=True) if m), block.stop
            )
            items = _Splitter(annotated, block, context).split(start, stop, single=titled)
            if len(items) >= 2 or (
                titled and len(items) == 1 and _states_a_goal(annotated.text[items[0].start : items[0].stop])
            ):
                lists.append(ItemList(kind, tuple(items), "inline"))
                taken_until = items[-1].stop
    lists.extend(_table_lists(annotated, context))
    return lists


def _run_in_title(text: str) -> bool:
    """A short title that opens a paragraph ("Перспективы", "Перспектива на 2025 год"): nouns, their
    modifiers and prepositions only (not "Задачи учебного года в целом выполнены")."""
    words = _WORD.findall(text)
    return 0 < len(words) <= _RUN_IN_TITLE_WORDS and all(
        word.isdigit() or part_of_speech(word.lower()) in _TITLE_POS for word in words
    )


def _states_a_goal(text: str) -> bool:
    """An item written as a goal: an infinitive, no finite verb ("довести охват до 73 %, …")."""
    words = _WORD.findall(text.lower())
    return any(part_of_speech(word) == "INFN" for word in words) and not _has_finite_verb(text)


_TITLE_POS = frozenset({"NOUN", "ADJF", "PREP", "NUMR", "CONJ", None})

_RUN_IN_TITLE_WORDS = 6


def _line_items(
    annotated: AnnotatedDocument, position: int, after_colon: bool, context: ExtractionContext
) -> list[ListItem]:
    """The lines that continue a lead-in: ``...;`` lines (each perhaps wrapped over several lines
    of a text file) up to one that ends otherwise, or short sentences beginning in parallel, or
    (after a colon) the list written inside the one line."""
    blocks = annotated.document.blocks
    document = annotated.document

    def text(index: int) -> str:
        return document.block_body(blocks[index]).strip()

    def usable(index: int, limit: int) -> bool:
        return (
            index < len(blocks)
            and blocks[index].kind in {BlockKind.PARAGRAPH, BlockKind.HEADING}
            and 0 < len(text(index)) <= limit
            and not text(index).endswith(":")
        )

    if not usable(position, _LINE_ITEM_MAX_CHARS):
        return []
    if _CONTINUES.search(text(position)) or _goes_on_below(annotated, position):
        groups: list[tuple[int, int]] = []
        line = position
        while usable(line, _LINE_ITEM_MAX_CHARS):
            last = line
            while _goes_on_below(annotated, last) and usable(last + 1, _LINE_ITEM_MAX_CHARS):
                last += 1
            groups.append((line, last))
            if not _CONTINUES.search(text(last)):
                break
            line = last + 1
        single = len(groups) == 1 and not _CONTINUES.search(text(groups[0][1]))
        if single and not (after_colon and text(position)[:1].islower()):
            return []
        return [
            item
            for first_line, last_line in groups
            if (item := _block_item(annotated, blocks[first_line], None, blocks[last_line])) is not None
        ]
    first = _WORD.search(text(position))
    form = _head_form(first.group()) if first else None

    def parallel(index: int) -> bool:
        if form is None or not usable(index, _PARALLEL_LINE_MAX_CHARS):
            return False
        word = _WORD.search(text(index))
        return (
            len(annotated.block_segments(blocks[index])) == 1
            and word is not None
            and _fits(word.group(), form)
            and not _has_finite_verb(text(index))
        )

    chosen = [position]
    if parallel(position):
        while parallel(chosen[-1] + 1):
            chosen.append(chosen[-1] + 1)
    if len(chosen) == 1:
        if not after_colon:
            return []
        block = blocks[position]
        items = _Splitter(annotated, block, context).split(block.body_start, block.stop, single=False)
        if items or not text(position)[:1].islower():
            return items
    return [item for index in chosen if (item := _block_item(annotated, blocks[index], None)) is not None]


def _table_lists(annotated: AnnotatedDocument, context: ExtractionContext) -> Iterator[ItemList]:
    """A table row ``Задачи подпрограммы | 1. ... 2. ...``: the label cell names the list in the cell
    beside it."""
    for block in annotated.document.tables:
        table = block.table
        assert table is not None
        for row_index, row in enumerate(table.rows):
            cells = sorted((cell for cell in row.cells if cell.text.strip()), key=lambda cell: cell.col)
            if len(cells) != 2 or len(cells[0].text) > _LABEL_MAX_CHARS:
                continue
            kind = _cue_kind(cells[0].text, context, "start")
            if kind is None or kind == "plan":
                continue
            value = cells[1]
            splitter = _Splitter(annotated, block, context, CellRef(row=row_index, col=value.col))
            items = splitter.split(value.start, value.stop, single=True)
            if items:
                yield ItemList(kind, tuple(items), "table")


# --------------------------------------------------------------------------- facts


def _evidence(annotated: AnnotatedDocument, item: ListItem) -> Evidence:
    text = annotated.text
    block = item.block
    if item.evidence_start is not None and item.evidence_stop is not None:
        start, stop = item.evidence_start, item.evidence_stop
    else:
        start, stop = min(block.body_start, item.phrase_start), max(block.stop, item.stop)
    return Evidence(
        text=text[start:stop],
        start=start,
        end=stop,
        block=block.index,
        page=block.page,
        cell=item.cell,
        span=TextSpan(start=item.start, end=item.stop, text=text[item.start : item.stop]),
        phrase=TextSpan(start=item.phrase_start, end=item.stop, text=text[item.phrase_start : item.stop]),
    )


def _item_text(annotated: AnnotatedDocument, item: ListItem) -> str:
    return " ".join(annotated.text[item.start : item.stop].split())


def _numbered_tasks(annotated: AnnotatedDocument, context: ExtractionContext) -> Iterator[Task]:
    """``Задача N. ...`` paragraphs, list items and table cells."""
    seen: set[tuple[int, int]] = set()
    for segment in annotated.segments:
        if segment.cell is not None:
            if (segment.cell.start, segment.cell.stop) in seen:
                continue
            seen.add((segment.cell.start, segment.cell.stop))
            start, text = segment.start, segment.text
        else:
            block = segment.block
            if segment.start > block.body_start or block.kind not in {
                BlockKind.PARAGRAPH,
                BlockKind.HEADING,
                BlockKind.LIST_ITEM,
            }:
                continue
            start, text = block.body_start, annotated.document.block_body(block)
        found = task_number(text, context)
        if found is None:
            continue
        number, offset = found
        stop = start + len(text.rstrip())
        item = ListItem(
            segment.block,
            number,
            start + offset,
            stop,
            start,
            segment.evidence().cell,
            start if segment.cell is not None else None,
            stop if segment.cell is not None else None,
        )
        yield Task(
            number=number,
            text=_item_text(annotated, item),
            evidence=_evidence(annotated, item),
            rule="tasks.numbered_heading",
            confidence=0.95,
        )


def _overlaps(start: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < other_stop and other_start < stop for other_start, other_stop in taken)


def extract_tasks(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Task]:
    """Tasks from task lists and ``Задача N.`` headings, in document order."""
    found = list(_numbered_tasks(annotated, context))
    taken = [(task.evidence.span.start, task.evidence.span.end) for task in found if task.evidence.span]
    for item_list in find_lists(annotated, context):
        if item_list.kind != "task":
            continue
        for item in item_list.items:
            if _overlaps(item.start, item.stop, taken):
                continue
            taken.append((item.start, item.stop))
            found.append(
                Task(
                    number=item.number,
                    text=_item_text(annotated, item),
                    evidence=_evidence(annotated, item),
                    rule=f"tasks.{item_list.rule}",
                    confidence=0.9 if item_list.rule == "list" else 0.8,
                )
            )
    return sorted(found, key=lambda task: task.evidence.span.start if task.evidence.span else task.evidence.start)


def extract_perspectives(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Perspective]:
    """Items of perspective lists, in document order."""
    found = [
        Perspective(
            number=item.number,
            text=_item_text(annotated, item),
            evidence=_evidence(annotated, item),
            rule=f"perspectives.{item_list.rule}",
            confidence=0.9 if item_list.rule == "list" else 0.8,
        )
        for item_list in find_lists(annotated, context)
        if item_list.kind == "perspective"
        for item in item_list.items
    ]
    return sorted(found, key=lambda item: item.evidence.span.start if item.evidence.span else item.evidence.start)
