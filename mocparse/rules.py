"""Load and validate the domain knowledge kept as data in ``rules/*.yaml``.

The files are read once per process. Every model forbids unknown keys, so a typo in a
rule file fails loudly, in one line naming the file, the line and the field
(:class:`RuleFileError`). Which directory is read: :func:`use_rules` (``--rules DIR``), else
``$MOCPARSE_RULES``, else the rules installed with the package (docs/rules.md).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from mocparse.rulefiles import RuleFileError, load_rule_file

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


ModelT = TypeVar("ModelT", bound="RuleModel")


class RuleModel(BaseModel):
    """Strict base for rule files."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgramType(RuleModel):
    """A value of a program dimension (status, form or focus) and the phrases that signal it."""

    id: str
    label: str
    cues: list[str]
    context_cues: list[str] = Field(default_factory=list)
    """Cues that count only where quality assessment is spoken of (``assessment_context``)."""
    weak_cues: list[str] = Field(default_factory=list)
    """Cues that give way to any other cue of the dimension in the same place ("экспертиза N программ")."""
    weak: bool = False
    """A value that gives way to any other value of its dimension named in the same place."""


class ProgramTypes(RuleModel):
    """rules/program_types.yaml"""

    assessment_context: list[str]
    dimension_nouns: list[str]
    program_nouns: list[str]
    status: list[ProgramType]
    form: list[ProgramType]
    focus: list[ProgramType]
    type_order: list[str]
    assessment_stages: list[str] = Field(default_factory=list)
    after_assessment: list[str] = Field(default_factory=list)
    not_cues: list[str] = Field(default_factory=list)
    not_program_complements: list[str] = Field(default_factory=list)
    """Genitive phrases after a program noun that make it name something else ("курсы повышения
    квалификации" train teachers)."""
    plain_program_words: list[str] = Field(default_factory=list)
    """Adjectives that only say what a program is ("дополнительных общеразвивающих"): a whole named
    with them alone ("Из 94 дополнительных программ: …") counts every program."""

    def dimension(self, name: str) -> list[ProgramType]:
        """The values of one dimension (``status``, ``form``, ``focus``)."""
        values: list[ProgramType] = getattr(self, name)
        return values


DIMENSIONS = ("status", "form", "focus")


class NumberRules(RuleModel):
    """rules/numbers.yaml"""

    count_nouns: list[str]
    collective_nouns: list[str] = Field(default_factory=list)
    action_nouns: dict[str, str | None] = Field(default_factory=dict)
    measure_nouns: list[str]
    value_nouns: list[str] = Field(default_factory=list)
    predicates: list[str]
    breakdown: list[str]
    distribution: list[str] = Field(default_factory=list)
    part_of_whole: list[str]
    among: list[str] = Field(default_factory=list)
    among_group_nouns: list[str] = Field(default_factory=list)
    generic_verbs: list[str] = Field(default_factory=list)
    place_before_number: list[str] = Field(default_factory=list)
    older_value_joints: list[str] = Field(default_factory=list)
    earlier: list[str]
    earlier_in_brackets: list[str]
    one_year_back: list[str]
    anaphora: list[str]
    pronouns: list[str] = Field(default_factory=list)
    respectively: list[str] = Field(default_factory=list)
    pointing_words: list[str] = Field(default_factory=list)
    same_as_earlier: list[str]
    current_period: list[str]
    later: list[str]
    change_words: list[str]
    comparatives: list[str]
    change_links: list[str] = Field(default_factory=list)
    shortfall_verbs: list[str] = Field(default_factory=list)
    score_units: list[str] = Field(default_factory=list)
    change_units: list[str]
    sign_words: list[str] = Field(default_factory=list)
    target: list[str]
    actual: list[str]
    fulfilment: list[str] = Field(default_factory=list)
    allotted: list[str] = Field(default_factory=list)
    allotted_units: list[str] = Field(default_factory=list)
    not_plan_infinitive_after: list[str] = Field(default_factory=list)
    percent_words: list[str]
    share_nouns: list[str]
    restating: list[str]
    head_count_things: list[str]
    share_base: list[str]
    reference_nouns: list[str]
    more_words: list[str]
    versus: list[str]
    instead_of: list[str] = Field(default_factory=list)
    versus_with_period: list[str] = Field(default_factory=list)
    from_to_marks: list[str] = Field(default_factory=list)
    plan_aside: list[str] = Field(default_factory=list)
    by_year: list[str]


class Indicator(RuleModel):
    """A regional indicator and the words that identify it."""

    id: str
    label: str
    applies_to: list[Literal["percentage", "quantity"]]
    units: list[str] = Field(default_factory=list)
    all_of: list[list[str]]
    alone: list[str] = Field(default_factory=list)
    """Cues that identify the indicator by themselves, without the ``all_of`` groups ("охват детей")."""
    none_of: list[str] = Field(default_factory=list)
    age_5_18: bool = False
    of_parts: bool = False
    """The indicator holds for a part of the municipality's figure too (money by source or activity)."""


class Indicators(RuleModel):
    """rules/indicators.yaml"""

    age_5_18: list[tuple[int, int]]
    place_prepositions: list[str]
    not_places: list[str]
    anaphoric_subjects: list[str]
    fulfilment_verbs: list[str]
    indicators: list[Indicator]


class TableRules(RuleModel):
    """rules/tables.yaml"""

    indicator_headers: list[str]
    unit_headers: list[str]
    plan_headers: list[str]
    fact_headers: list[str]
    base_headers: list[str]
    change_headers: list[str]
    change_since_headers: list[str]
    ratio_headers: list[str]
    code_headers: list[str] = Field(default_factory=list)
    percent_units: list[str]
    sub_row_markers: list[str]
    total_rows: list[str]
    time_words: list[str]
    empty_cells: list[str]
    caption_words: list[str]


class Language(RuleModel):
    """rules/language.yaml"""

    prepositions: dict[str, str]
    relative_words: list[str]
    demonstratives: list[str]
    future_copulas: list[str] = Field(default_factory=list)
    link_verbs: list[str] = Field(default_factory=list)
    time_nouns: list[str] = Field(default_factory=list)
    sentence_abbreviations: list[str]
    measure_abbreviations: list[str] = Field(default_factory=list)
    place_abbreviations: list[str]
    lookalikes: dict[str, str]
    number_words: dict[str, int]
    number_scale_words: dict[str, int] = Field(default_factory=dict)
    number_nouns: dict[str, int] = Field(default_factory=dict)
    fraction_words: dict[str, int] = Field(default_factory=dict)
    half_words: list[str] = Field(default_factory=list)


class Role(RuleModel):
    """A role of a person and the phrases that name it."""

    label: str
    cues: list[str]
    functions: list[str] = Field(default_factory=list)
    """Phrases naming the work of the role, given to the person of their clause
    (``руководство МОЦ осуществляет …``, ``под председательством …``)."""
    bodies: list[str] = Field(default_factory=list)
    """Bodies whose members take the role (``членам экспертной комиссии: …`` are experts)."""


class SignatureFields(RuleModel):
    """Field names of an electronic signature's owner (``SN=Котова, G=Ирина Павловна``)."""

    surname: list[str]
    given: list[str]


class BodyRole(RuleModel):
    """A bare role opening a bracket after the name of a body is that body's role."""

    role: str
    body: list[str]
    becomes: str


class Roles(RuleModel):
    """rules/roles.yaml: roles and the words that tie them to names."""

    roles: list[Role]
    not_roles: list[str] = Field(default_factory=list)
    roles_of_bodies: list[BodyRole] = Field(default_factory=list)
    member_markers: list[str] = Field(default_factory=list)
    links: list[str]
    function_markers: list[str]
    free_function_markers: list[str]
    function_verbs: list[str]
    acting_prefixes: list[str] = Field(default_factory=list)
    between: list[str]
    not_surnames: list[str]
    before_not_person: list[str]
    signature_marks: list[str]
    e_signature: SignatureFields
    position_headers: list[str]


class Units(RuleModel):
    """rules/units.yaml"""

    abbreviations: dict[str, str]
    not_units: list[str]
    scale_words: dict[str, int]
    qualifiers: list[str]
    generic_units: list[str]
    person_units: list[str]
    synonyms: dict[str, str] = Field(default_factory=dict)
    counted_things: list[str] = Field(default_factory=list)
    length_units: list[str] = Field(default_factory=list)
    length_words: list[str] = Field(default_factory=list)


class MonthDay(RuleModel):
    """A month and day of the year."""

    month: int
    day: int


class YearPart(RuleModel):
    """A part of a year (quarter, half-year): its nouns and its length in months."""

    words: list[str]
    months: int = Field(ge=1, le=12)
    precision: Literal["quarter", "range"]


class Season(RuleModel):
    """A season: its nouns and its first and last month."""

    words: list[str]
    first: int = Field(ge=1, le=12)
    last: int = Field(ge=1, le=12)


class Calendar(RuleModel):
    """rules/calendar.yaml"""

    months: dict[int, list[str]]
    year_word: str
    year_abbreviations: list[str]
    years_abbreviations: list[str]
    ordinals: dict[int, list[str]]
    year_parts: list[YearPart]
    seasons: list[Season]
    month_word: str
    academic_year_start: MonthDay
    academic_year_words: list[str]
    range_from: list[str]
    range_to: list[str]
    year_prepositions: list[str]
    not_reported_prepositions: list[str]
    not_date_marks: list[str]
    whole_period_phrases: list[str]

    @property
    def year_word_lemmas(self) -> frozenset[str]:
        """Lemmas of the tokens that follow a year number: the year noun and its abbreviations
        without their dots ("2024 год", "2024 г.", "2020–2024 гг.")."""
        abbreviations = [*self.year_abbreviations, *self.years_abbreviations]
        return frozenset({self.year_word, *(word.replace(".", "") for word in abbreviations)})


class ActivityColumns(RuleModel):
    """Header words of activity-table columns, by the column's role."""

    number: list[str]
    title: list[str]
    deadline: list[str]
    responsible: list[str]
    result: list[str]
    deadline_start: list[str]
    """Sub-headers of a deadline column that hold the start of the period (``начало``)."""
    deadline_end: list[str]
    """Sub-headers of a deadline column that hold the end of the period (``окончание``)."""
    deadline_units: list[str] = Field(default_factory=list)
    """Sub-headers of a deadline column that name the unit of its dates, finest first (``месяц``)."""


class DocumentRules(RuleModel):
    """rules/document.yaml"""

    kinds: dict[str, list[str]]
    act_headings: list[str] = Field(default_factory=list)
    act_title_openers: list[str] = Field(default_factory=list)
    topic_title_nouns: list[str] = Field(default_factory=list)
    letter_subject_fields: list[str] = Field(default_factory=list)
    municipality_types: list[str]
    region_types: list[str]
    region_types_named_after: list[str]
    city_markers: list[str]
    name_particles: list[str]
    task_headings: list[str]
    perspective_headings: list[str]
    later_period_headings: list[str]
    later_period_verbs: list[str] = Field(default_factory=list)
    task_items: list[str]
    goal_words: list[str]
    list_pointers: list[str]
    list_plan_nouns: list[str] = Field(default_factory=list)
    list_inclusion: list[str] = Field(default_factory=list)
    lead_in_verbs: list[str]
    other_task_owners: list[str] = Field(default_factory=list)
    list_conjunctions: list[str]
    activity_columns: ActivityColumns
    activity_empty_cells: list[str]
    activity_total_rows: list[str]
    activity_sections: list[str]
    result_headings: list[str]
    signature_words: list[str]
    periodical_words: list[str] = Field(default_factory=list)
    organization_forms: list[str]
    organization_form_endings: list[str]
    organization_owners: list[str]
    organization_form_words: list[str]
    organization_heads: list[str]
    organization_form_tails: list[str]
    form_suffixes: list[str]
    institution_types: list[str]


class LegalActRules(RuleModel):
    """rules/legal_acts.yaml"""

    kinds: list[str]
    number_marks: list[str]
    date_words: list[str]
    edition_words: list[str] = Field(default_factory=list)
    stamp_words: list[str]
    numbered_places: list[str]


def rules_dir() -> Path:
    """Where the rule files are: inside the installed package, or ``rules/`` of a checkout."""
    packaged = Path(__file__).parent / "_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


def _load(directory: Path, name: str, model: type[ModelT]) -> ModelT:
    return load_rule_file(directory / name, model)


def lemmas_of(phrase: str) -> tuple[str, ...]:
    """Lemmas of a phrase, the way cue phrases are matched."""
    from mocparse.nlp.annotate import make_doc

    return tuple(token.lemma_ for token in make_doc(phrase))


class Rules(BaseModel):
    """All rule files, validated, with matchers built from them on first use."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    directory: Path
    program_types: ProgramTypes
    roles: Roles
    units: Units
    calendar: Calendar
    document: DocumentRules
    legal_acts: LegalActRules
    numbers: NumberRules
    indicators: Indicators
    tables: TableRules
    language: Language

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Rules:
        """Read and validate every rule file in ``directory`` (default: the bundled rules); a missing or
        wrong file raises :class:`RuleFileError`, one line naming the file, the line and the field."""
        directory = Path(directory) if directory else rules_dir()
        return cls(
            directory=directory,
            program_types=_load(directory, "program_types.yaml", ProgramTypes),
            roles=_load(directory, "roles.yaml", Roles),
            units=_load(directory, "units.yaml", Units),
            calendar=_load(directory, "calendar.yaml", Calendar),
            document=_load(directory, "document.yaml", DocumentRules),
            legal_acts=_load(directory, "legal_acts.yaml", LegalActRules),
            numbers=_load(directory, "numbers.yaml", NumberRules),
            indicators=_load(directory, "indicators.yaml", Indicators),
            tables=_load(directory, "tables.yaml", TableRules),
            language=_load(directory, "language.yaml", Language),
        )

    def build_matchers(self) -> None:
        """Build every matcher now (before a spaCy memory zone, whose strings are freed after it)."""
        self.dimension_matchers, self.role_matcher, self.number_cues, self.indicator_matcher  # noqa: B018
        self.assessment_matcher, self.list_matcher, self.role_function_matcher, self.role_word_matcher  # noqa: B018

    # -- derived lookups (computed once)
    @cached_property
    def dimension_matchers(self) -> dict[str, CueMatcher]:
        """Per program dimension, a lemma matcher whose match ids are that dimension's value ids (the
        ``not_cues`` only hide the cues inside them: ``на новый учебный год``)."""
        return {
            name: _phrase_matcher(
                [(value.id, value.cues) for value in self.program_types.dimension(name)]
                + [
                    (f"{value.id}@context", value.context_cues)
                    for value in self.program_types.dimension(name)
                    if value.context_cues
                ]
                + [
                    (f"{value.id}@weak", value.weak_cues)
                    for value in self.program_types.dimension(name)
                    if value.weak_cues
                ]
                + [(NOT_A_MATCH, self.program_types.not_cues)]
            )
            for name in DIMENSIONS
        }

    @cached_property
    def assessment_matcher(self) -> CueMatcher:
        """Lemma matcher of the words that put a sentence in the context of quality assessment."""
        return _phrase_matcher([("assessment", self.program_types.assessment_context)])

    @cached_property
    def number_cues(self) -> CueMatcher:
        """Lemma matcher over the cue lists of numbers.yaml; match ids are the list names."""
        rules = self.numbers
        lists = {name: getattr(rules, name) for name in NumberRules.model_fields}
        return _phrase_matcher(lists.items())

    @cached_property
    def indicator_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are ``<indicator id>#<group index>``, ``<indicator id>#alone`` and
        ``<indicator id>#none``."""
        entries: list[tuple[str, list[str]]] = []
        for indicator in self.indicators.indicators:
            entries.extend((f"{indicator.id}#{index}", group) for index, group in enumerate(indicator.all_of))
            if indicator.alone:
                entries.append((f"{indicator.id}#alone", indicator.alone))
            if indicator.none_of:
                entries.append((f"{indicator.id}#none", indicator.none_of))
        return _phrase_matcher(entries)

    @cached_property
    def list_matcher(self) -> CueMatcher:
        """Lemma matcher of the words that name a list; match ids ``task``, ``perspective``,
        ``later`` (perspectives when a later year follows) and ``plan`` (a planning verb: the same,
        unless the heading above names the list)."""
        document = self.document
        return _phrase_matcher(
            [
                ("task", document.task_headings),
                ("perspective", document.perspective_headings),
                ("later", document.later_period_headings),
                ("plan", document.later_period_verbs),
            ]
        )

    @cached_property
    def dimension_order(self) -> dict[str, dict[str, int]]:
        """Per dimension, the position of each value in the rule file (earlier wins)."""
        return {
            name: {value.id: index for index, value in enumerate(self.program_types.dimension(name))}
            for name in DIMENSIONS
        }

    @cached_property
    def weak_values(self) -> frozenset[str]:
        """Dimension values that give way to any other value of their dimension."""
        return frozenset(value.id for name in DIMENSIONS for value in self.program_types.dimension(name) if value.weak)

    @cached_property
    def role_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are role labels."""
        entries = [(role.label, role.cues) for role in self.roles.roles]
        return _phrase_matcher([*entries, (NOT_A_MATCH, self.roles.not_roles)])

    @cached_property
    def role_function_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are role labels, over the roles' function phrases."""
        return _phrase_matcher((role.label, role.functions) for role in self.roles.roles if role.functions)

    @cached_property
    def role_word_matcher(self) -> CueMatcher:
        """Lemma matcher over the word lists of roles.yaml that tie roles to names; match ids are
        the list names (``links``, ``function_markers``, ``function_verbs``, ``between``)."""
        rules = self.roles
        return _phrase_matcher(
            (name, getattr(rules, name))
            for name in (
                "links",
                "function_markers",
                "free_function_markers",
                "function_verbs",
                "between",
                "member_markers",
            )
        )

    @cached_property
    def role_body_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are role labels, over the bodies whose members take them."""
        return _phrase_matcher((role.label, role.bodies) for role in self.roles.roles if role.bodies)

    @cached_property
    def counted_units(self) -> frozenset[str]:
        """Lemmas of the nouns facts other than programs are counted in: the full units of
        rules/units.yaml and the units of rules/indicators.yaml ("сертификат", "человек", "ребёнок")."""
        named = [*self.units.abbreviations.values(), *self.units.person_units, *self.units.counted_things]
        named += [unit for indicator in self.indicators.indicators for unit in indicator.units]
        return frozenset(lemma for word in named for lemma in lemmas_of(word)) - self.program_noun_lemmas

    @cached_property
    def cut_nouns(self) -> dict[str, str]:
        """The beginnings a table header may cut a noun to ("Кол-во прогр."), with the noun: program
        nouns, count nouns and the nouns facts are counted in (the nouns of a unit phrase)."""
        from mocparse.nlp.morph import parses

        count_nouns = {lemma for word in self.numbers.count_nouns for lemma in lemmas_of(word)}
        nouns = self.program_noun_lemmas | self.counted_units | count_nouns
        return unique_beginnings(
            ((noun, noun) for noun in nouns if any(p.tag.POS == "NOUN" for p in parses(noun)[:1])), _SHORTEST_NOUN_CUT
        )

    @cached_property
    def qualifier_words(self) -> frozenset[str]:
        """The words of the approximators of rules/units.yaml ("не", "менее", "около"), lower case."""
        return frozenset(word.lower() for phrase in self.units.qualifiers for word in phrase.split())

    @cached_property
    def program_unit(self) -> str:
        """The lemma counts of programs are kept in: the first of ``program_nouns`` ("программа")."""
        return lemmas_of(self.program_types.program_nouns[0])[0]

    @cached_property
    def unit_names(self) -> frozenset[str]:
        """The units the abbreviations of rules/units.yaml stand for ("чел." -> "человек"), as written in full."""
        return frozenset(self.units.abbreviations.values())

    @cached_property
    def program_noun_lemmas(self) -> frozenset[str]:
        """Lemmas (and capitalized abbreviations) that name a program."""
        return frozenset(lemma for noun in self.program_types.program_nouns for lemma in lemmas_of(noun))

    @cached_property
    def not_program_complement_lemmas(self) -> tuple[tuple[str, ...], ...]:
        """The lemmas of each phrase of ``not_program_complements``, word by word."""
        return tuple(
            tuple(lemmas_of(word)[0] for word in phrase.split())
            for phrase in self.program_types.not_program_complements
        )

    @cached_property
    def plain_program_lemmas(self) -> frozenset[str]:
        """Lemmas of the words that name programs as what they are ("дополнительных общеразвивающих")."""
        return frozenset(lemma for word in self.program_types.plain_program_words for lemma in lemmas_of(word))

    @cached_property
    def month_by_word(self) -> dict[str, int]:
        """Month number by lemma or short form."""
        return {word: month for month, words in self.calendar.months.items() for word in words}

    @cached_property
    def type_order(self) -> dict[str, int]:
        """Position of each program type in ``type_order`` (earlier is more specific)."""
        return {kind: index for index, kind in enumerate(self.program_types.type_order)}

    @cached_property
    def lookalike_table(self) -> dict[int, str]:
        """``str.translate`` table from Latin look-alike letters to Cyrillic ones."""
        return str.maketrans(self.language.lookalikes)

    @cached_property
    def role_order(self) -> dict[str, int]:
        """Position of each role in the rule file (earlier wins)."""
        return {role.label: index for index, role in enumerate(self.roles.roles)}


Element = tuple[str, str]
"""One element of a cue pattern: ("lemma", lemma), ("lower", exact form) or ("any", "")."""


class CueMatcher:
    """Matches cue phrases by lemma. In a cue, ``=word`` matches that exact (lower-case) form,
    for words whose lemma is too broad (``=всего`` must not match ``все``), and ``*`` matches
    one optional word of any kind (``на * экспертизу`` matches ``на муниципальную экспертизу``).

    Patterns are indexed by their first element and matched over the lemma and lower-case lists a
    Doc keeps (:func:`mocparse.nlp.annotate.make_doc`), so matching a sentence costs a dictionary
    look-up per word."""

    def __init__(self, entries: Iterable[tuple[str, list[str]]]) -> None:
        # patterns by the lemma, or the exact form, of their first word
        self._by_lemma: dict[str, list[tuple[str, tuple[Element, ...]]]] = {}
        self._by_lower: dict[str, list[tuple[str, tuple[Element, ...]]]] = {}
        for key, cues in entries:
            patterns = [_cue_pattern(cue) for cue in cues]
            patterns.extend(reversed_pattern for cue in cues if (reversed_pattern := _reversed_pattern(cue)))
            for pattern in patterns:
                for concrete in _expand_optional(pattern):
                    if not concrete or concrete[0][0] == "any":
                        continue
                    index = self._by_lemma if concrete[0][0] == "lemma" else self._by_lower
                    index.setdefault(concrete[0][1], []).append((key, concrete))
        # one-word cues by the beginnings of their lemma, for words cut short in tables
        # ("В реестре сертифициров.", "адаптир."): a beginning is kept only when one key has it
        self._by_beginning = unique_beginnings(
            (
                (lemma_key, key)
                for lemma_key, patterns_here in self._by_lemma.items()
                for key, concrete in patterns_here
                if len(concrete) == 1
            ),
            _SHORTEST_CUT,
        )

    def __call__(self, span: Span) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match inside ``span``, offsets relative to the span."""
        first, last = span.start, span.end
        if last - first <= _SHORT_SPAN:
            return [(key, start - first, end - first) for key, start, end in self._scan(span.doc, first, last)]
        # a long sentence is asked about many of its parts (one per number in it): its matches are
        # found once and kept with the Doc
        kept = span.doc.user_data.setdefault("cue_matches", {})
        starts, matches = kept.get(self) or kept.setdefault(self, self._index(span.doc))
        return [
            (key, start - first, end - first)
            for key, start, end in matches[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, last)]
            if end <= last
        ]

    def _cut_word(self, word: str) -> str | None:
        """The key of the one-word cue a word cut short before its period stands for ("сертифициров."
        for "сертифицированных"): only a word the dictionary does not know, and a beginning one key has."""
        key = self._by_beginning.get(word)
        return key if key is not None and cut_short(word) else None

    def _index(self, doc: Doc) -> tuple[list[int], list[tuple[str, int, int]]]:
        matches = self._scan(doc, 0, len(doc))
        return [start for _, start, _ in matches], matches

    def _scan(self, doc: Doc, first: int, last: int) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match inside tokens [first, last), in order of start."""
        from mocparse.nlp.annotate import token_lists

        lemmas, lowers = token_lists(doc)
        found: list[tuple[str, int, int]] = []
        by_lemma, by_lower = self._by_lemma, self._by_lower
        for position in range(first, last):
            by_its_lemma = by_lemma.get(lemmas[position])
            by_its_form = by_lower.get(lowers[position])
            if by_its_lemma is None and by_its_form is None:
                if position + 1 < last and lowers[position + 1] == "." and (cut := self._cut_word(lowers[position])):
                    found.append((cut, position, position + 1))
                continue  # most words start no cue
            for key, pattern in (*(by_its_lemma or ()), *(by_its_form or ())):
                end = position + len(pattern)
                if end <= last and (len(pattern) == 1 or _matches(pattern, lemmas, lowers, position)):
                    found.append((key, position, end))
        return found


_SHORT_SPAN = 64
"""Spans up to this many tokens are matched directly; longer ones from their Doc's kept matches."""

_SHORTEST_CUT = 4
"""The fewest letters of a word cut short that may stand for a cue ("серт." and longer)."""
_SHORTEST_NOUN_CUT = 5
"""The fewest letters of a header's word cut short that may stand for a noun ("прогр." and longer)."""


def unique_beginnings(words: Iterable[tuple[str, str]], shortest: int) -> dict[str, str]:
    """The beginnings of ``shortest`` letters or more (shorter than the word) of each (word, key), with
    the key, where only one key has that beginning: what a word cut short before its period may stand for."""
    keys_by_beginning: dict[str, set[str]] = {}
    for word, key in words:
        if word.isalpha():
            for length in range(shortest, len(word)):
                keys_by_beginning.setdefault(word[:length], set()).add(key)
    return {beginning: next(iter(keys)) for beginning, keys in keys_by_beginning.items() if len(keys) == 1}


def cut_short(word: str) -> bool:
    """``word`` (without its period) is no word the dictionary knows: a word cut short ("сертифициров")."""
    from mocparse.nlp.morph import morph

    return not morph().word_is_known(word)


def _matches(pattern: tuple[Element, ...], lemmas: list[str], lowers: list[str], position: int) -> bool:
    for offset, (kind, value) in enumerate(pattern):
        index = position + offset
        if kind == "lemma" and lemmas[index] != value:
            return False
        if kind == "lower" and lowers[index] != value:
            return False
    return True


def _expand_optional(pattern: list[Element]) -> list[tuple[Element, ...]]:
    """Concrete patterns of one with optional ``*`` elements (each present or left out)."""
    results: list[tuple[Element, ...]] = [()]
    for element in pattern:
        if element[0] == "optional":
            results = [*((*item, ("any", "")) for item in results), *results]
        else:
            results = [(*item, element) for item in results]
    return results


def _cue_pattern(cue: str) -> list[Element]:
    """Pattern elements of a cue; plain words are tokenized together, so a phrase the tokenizer keeps
    whole ("в т.ч.") is one token as in the text."""
    from mocparse.nlp.annotate import make_doc

    pattern: list[Element] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            pattern.extend(("lemma", token.lemma_) for token in make_doc(" ".join(plain)))
            plain.clear()

    for word in cue.split():
        if word == "*":
            flush()
            pattern.append(("optional", ""))
        elif word.startswith("=") and len(word) > 1:
            flush()
            pattern.extend(("lower", token.lower_) for token in make_doc(word[1:].lower()))
        else:
            plain.append(word)
    flush()
    return pattern


def _cue_units(cue: str) -> list[list[str]]:
    """A cue's words grouped into units: ``не`` and ``*`` stay with the word after them."""
    units: list[list[str]] = []
    pending: list[str] = []
    for word in cue.split():
        pending.append(word)
        if word not in {"не", "*", "=не"}:
            units.append(pending)
            pending = []
    if pending:
        units.append(pending)
    return units


def _reversed_pattern(cue: str) -> list[Element] | None:
    """The pattern of a two-unit cue of content words in the other order ("прошли экспертизу" ->
    "экспертизу прошли"); None for other cues (a preposition or a longer phrase keeps its order)."""
    from mocparse.nlp.morph import parses

    units = _cue_units(cue)
    if len(units) != 2:
        return None
    for unit in units:
        head = unit[-1].lstrip("=")
        found = parses(head.lower())
        if not found or found[0].tag.POS in {"PREP", "CONJ", "PRCL"} or head in {"*"}:
            return None
    return _cue_pattern(" ".join([*units[1], *units[0]]))


def _phrase_matcher(entries: Iterable[tuple[str, list[str]]]) -> CueMatcher:
    return CueMatcher(entries)


NOT_A_MATCH = "-"
"""The label of phrases that only hide the cues inside them ("заместитель председателя": no "председатель")."""


def match_labels(matcher: CueMatcher, span: Span, *, hidden: bool = False) -> list[tuple[str, int, int]]:
    """(label, token start, token end) of every cue match inside ``span``, leftmost first; with
    ``hidden``, the phrases that only hide the cues inside them too (labelled ``NOT_A_MATCH``)."""
    found = set(matcher(span))
    # a cue inside a longer cue is part of that phrase ("на НОК" in "не допущены на НОК")
    outermost = [
        item
        for item in found
        if not any(o[1] <= item[1] and item[2] <= o[2] and (o[2] - o[1]) > (item[2] - item[1]) for o in found)
    ]
    kept = outermost if hidden else [item for item in outermost if item[0] != NOT_A_MATCH]
    return sorted(kept, key=lambda item: (item[1], -(item[2] - item[1]), item[0]))


RULES_ENV = "MOCPARSE_RULES"
"""Environment variable naming a rules directory to use instead of the bundled one."""

_chosen: Path | None = None


@cache
def _rules_from(directory: Path) -> Rules:
    return Rules.load(directory)


def rules_in_use() -> Path:
    """The rules directory of this process: the one given to :func:`use_rules`, else ``$MOCPARSE_RULES``,
    else the bundled rules (:func:`rules_dir`)."""
    if _chosen is not None:
        return _chosen
    from_env = os.environ.get(RULES_ENV, "").strip()
    return Path(from_env).expanduser().absolute() if from_env else rules_dir()


def use_rules(directory: str | Path | None) -> Rules:
    """Load and validate the rules in ``directory`` now, and make them what :func:`default_rules` returns
    in this process (``--rules DIR``); None goes back to ``$MOCPARSE_RULES`` or the bundled rules.
    Raises :class:`RuleFileError` (one line) when a file is missing or wrong; nothing changes then."""
    global _chosen
    chosen = Path(directory).expanduser().absolute() if directory is not None else None
    if chosen is not None and not chosen.is_dir():
        raise RuleFileError(f"{chosen}: not a rules directory (it should hold program_types.yaml, roles.yaml, …)")
    previous, _chosen = _chosen, chosen
    try:
        return default_rules()
    except RuleFileError:
        _chosen = previous
        raise


def default_rules() -> Rules:
    """The rules in use (see :func:`rules_in_use`), loaded once per process and directory."""
    return _rules_from(rules_in_use())
