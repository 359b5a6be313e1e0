"""Load and validate the domain knowledge kept as data in ``rules/*.yaml``.

The files are read once per process. Every model forbids unknown keys, so a typo in a
rule file fails loudly, in one line naming the file, the line and the field
(:class:`RuleFileError`). Which directory is read: :func:`use_rules` (``--rules DIR``), else
``$MOCPARSE_RULES``, else the rules installed with the package (docs/rules.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from mocparse.rulefiles import RuleFileError, load_rule_file

if TYPE_CHECKING:
    from spacy.tokens import Span


ModelT = TypeVar("ModelT", bound="RuleModel")


class RuleModel(BaseModel):
    """Strict base for rule files."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgramType(RuleModel):
    """A type of educational program and the phrases that signal it."""

    id: str
    label: str
    cues: list[str]


class ProgramTypes(RuleModel):
    """rules/program_types.yaml"""

    program_nouns: list[str]
    types: list[ProgramType]


class Role(RuleModel):
    """A role of a person and the phrases that name it."""

    label: str
    cues: list[str]


class Roles(RuleModel):
    """rules/roles.yaml"""

    roles: list[Role]


class Units(RuleModel):
    """rules/units.yaml"""

    abbreviations: dict[str, str]
    not_units: list[str]
    scale_words: dict[str, int]
    qualifiers: list[str]
    number_words: dict[str, int]


class MonthDay(RuleModel):
    """A month and day of the year."""

    month: int
    day: int


class Calendar(RuleModel):
    """rules/calendar.yaml"""

    months: dict[int, list[str]]
    quarters: dict[int, list[str]]
    academic_year_start: MonthDay
    academic_year_words: list[str]
    whole_period_phrases: list[str]


class ActivityColumns(RuleModel):
    """Header words of activity-table columns, by the column's role."""

    number: list[str]
    title: list[str]
    deadline: list[str]
    responsible: list[str]
    result: list[str]


class DocumentRules(RuleModel):
    """rules/document.yaml"""

    kinds: dict[str, list[str]]
    municipality_types: list[str]
    region_types: list[str]
    city_markers: list[str]
    task_headings: list[str]
    perspective_headings: list[str]
    activity_columns: ActivityColumns
    activity_sections: list[str]
    result_headings: list[str]
    organization_forms: list[str]
    institution_types: list[str]


class LegalActRules(RuleModel):
    """rules/legal_acts.yaml"""

    kinds: list[str]
    stamp_words: list[str]


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
    extra: dict[str, object] = Field(default_factory=dict)

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
        )

    # -- derived lookups (computed once)
    @cached_property
    def program_type_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are program type ids."""
        return _phrase_matcher((kind.id, kind.cues) for kind in self.program_types.types)

    @cached_property
    def role_matcher(self) -> CueMatcher:
        """Lemma matcher whose match ids are role labels."""
        return _phrase_matcher((role.label, role.cues) for role in self.roles.roles)

    @cached_property
    def program_noun_lemmas(self) -> frozenset[str]:
        """Lemmas (and capitalized abbreviations) that name a program."""
        return frozenset(lemma for noun in self.program_types.program_nouns for lemma in lemmas_of(noun))

    @cached_property
    def month_by_word(self) -> dict[str, int]:
        """Month number by lemma or short form."""
        return {word: month for month, words in self.calendar.months.items() for word in words}

    @cached_property
    def type_order(self) -> dict[str, int]:
        """Position of each program type in the rule file (earlier wins)."""
        return {kind.id: index for index, kind in enumerate(self.program_types.types)}

    @cached_property
    def role_order(self) -> dict[str, int]:
        """Position of each role in the rule file (earlier wins)."""
        return {role.label: index for index, role in enumerate(self.roles.roles)}


class CueMatcher:
    """Matches cue phrases by lemma. In a cue, ``=word`` matches that exact (lower-case) form,
    for words whose lemma is too broad (``=всего`` must not match ``все``), and ``*`` matches
    one optional word of any kind (``на * экспертизу`` matches ``на муниципальную экспертизу``)."""

    def __init__(self, entries: Iterable[tuple[str, list[str]]]) -> None:
        from spacy.matcher import Matcher

        from mocparse.nlp.annotate import blank_russian

        self.matcher = Matcher(blank_russian().vocab)
        for key, cues in entries:
            self.matcher.add(key, [_cue_pattern(cue) for cue in cues])

    def __call__(self, span: Span) -> list[tuple[int, int, int]]:
        return list(self.matcher(span))


def _cue_pattern(cue: str) -> list[dict[str, object]]:
    from mocparse.nlp.annotate import make_doc

    pattern: list[dict[str, object]] = []
    for word in cue.split():
        if word == "*":
            pattern.append({"OP": "?"})
        elif word.startswith("="):
            pattern.extend({"LOWER": token.lower_} for token in make_doc(word[1:].lower()))
        else:
            pattern.extend({"LEMMA": token.lemma_} for token in make_doc(word))
    return pattern


def _phrase_matcher(entries: Iterable[tuple[str, list[str]]]) -> CueMatcher:
    return CueMatcher(entries)


def match_labels(matcher: CueMatcher, span: Span) -> list[tuple[str, int, int]]:
    """(label, token start, token end) of every cue match inside ``span``, leftmost first."""
    vocab_strings = span.doc.vocab.strings
    found = {(vocab_strings[match_id], start, end) for match_id, start, end in matcher(span)}
    # a cue inside a longer cue is part of that phrase ("на НОК" in "не допущены на НОК")
    outermost = [
        item
        for item in found
        if not any(o[1] <= item[1] and item[2] <= o[2] and (o[2] - o[1]) > (item[2] - item[1]) for o in found)
    ]
    return sorted(outermost, key=lambda item: (item[1], -(item[2] - item[1]), item[0]))


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
