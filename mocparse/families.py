"""The registry of fact families: the one place that lists them.

Everything that handles facts family by family reads this registry instead of a list of its own:
the pipeline (order and claims), the Report (which field holds the facts), evaluation (how a fact
is matched with gold), the database (table and columns), export (sheet), the review page and the
terminal outline (labels, colour, one-line description).

A family is an extractor plus a record type::

    register(FactFamily(
        name="grants", record=Grant, extractor="mypackage.grants:extract",
        requires=("dates",), label_ru="Гранты", label_en="Grants",
    ))

``requires`` names the families whose facts the extractor reads (through
:meth:`ExtractionContext.facts` or :meth:`ExtractionContext.is_claimed`); the pipeline runs families
after what they require and refuses a registry whose requirements are unknown or circular. A family
whose ``name`` is not a field of :class:`~mocparse.records.Report` keeps its facts in
``Report.extensions[name]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mocparse.records import Record

if TYPE_CHECKING:
    from mocparse.extract.base import ExtractionContext
    from mocparse.nlp import AnnotatedDocument

Item = dict[str, Any]
Extractor = Callable[["AnnotatedDocument", "ExtractionContext"], Sequence[Any]]


class RegistryError(RuntimeError):
    """The family registry is inconsistent (unknown or circular requirements, a name used twice)."""


@dataclass(frozen=True, slots=True)
class Metric:
    """One evaluation figure of a family.

    ``same`` decides whether a predicted item (a JSON dict) matches a gold item. ``needs`` names gold
    fields the metric compares: gold items that lack them (files written before the field existed)
    are scored by the family's main key instead, so older gold files keep their meaning."""

    name: str
    same: Callable[[Item, Item], bool]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Agreement:
    """An attribute compared on the pairs a family's loose key matched (e.g. the program type of
    counts found with the right value): the share of pairs that agree. Pairs whose gold lacks the
    field are not counted."""

    name: str
    value: Callable[[Item], Any]
    field: str


@dataclass(frozen=True, slots=True)
class Evaluation:
    """How a family is scored against gold (docs/evaluation.md)."""

    key: Callable[[Item, Item], bool]
    """The identity of a fact for precision / recall / F1."""
    describe: Callable[[Item], str]
    """A short text of an item, for the lists of misses and false hits."""
    located: bool = True
    """The predicted evidence must overlap the gold item's quote."""
    metrics: tuple[Metric, ...] = ()
    """Stricter F1 variants, reported as ``<family>.<name>``."""
    loose: Callable[[Item, Item], bool] | None = None
    """A looser identity whose matched pairs the agreements are computed on."""
    agreements: tuple[Agreement, ...] = ()


@dataclass(frozen=True, slots=True)
class Storage:
    """How a family's facts are stored in the regional database. By default a table named after the
    family with one column per scalar field, nested records flattened (``previous_value``), lists of
    strings in child tables, evidence columns (docs/database.md)."""

    table: str
    renamed: Mapping[str, str] = field(default_factory=dict)
    """Record field (or flattened field) -> column name, where the column name differs."""
    child_tables: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """List field -> (child table, value column); a list of evidence gets evidence columns instead."""
    prepare: Callable[[Sequence[Any], Any], Sequence[Any]] | None = None
    """``(facts, report) -> facts`` before storing (persons: variants of one name merged)."""
    row_name: str = ""
    """What one row is called, for child tables' parent column (``person`` -> ``person_id``)."""
    indexed: tuple[str, ...] = ()
    """Columns to index (vocabulary ids people filter by)."""
    key_column: tuple[str, Callable[[Any, Any], str]] | None = None
    """An extra indexed column and how to compute it from ``(fact, report)`` (persons: ``person_key``)."""


@dataclass(frozen=True, slots=True)
class IndicatorValue:
    """What a fact says about a regional indicator (docs/database.md, ``indicator_values``)."""

    indicator: str
    """Indicator id: ``programs`` for program counts, else an id of ``rules/indicators.yaml``."""
    value: float
    kind: str | None
    """``actual`` or ``target`` (None: not said)."""
    year: int | None = None
    unit: str | None = None
    breakdown: str | None = None
    """The part of the indicator (a program type id), None for the indicator itself."""
    part_of: float | None = None
    """The total the value is a part of ("из них")."""


@dataclass(frozen=True, slots=True)
class FactFamily:
    """A fact family: what it extracts, what it needs, and how every part of mocparse shows it."""

    name: str
    """Field of the Report, key of gold files, default table and sheet name."""
    record: type[Record]
    extractor: str
    """``module:function`` with the signature ``(AnnotatedDocument, ExtractionContext) -> list[record]``."""
    label_ru: str
    label_en: str
    requires: tuple[str, ...] = ()
    colour: str = "#b0bec5"
    passage: bool = False
    """Facts that cover long passages (tasks, activities): the review page underlines them."""
    describe: Callable[[Any], str] = str
    """One line in Russian saying what the fact is (review page, outline, exports)."""
    evaluation: Evaluation | None = None
    storage: Storage | None = None
    indicator: Callable[[Any], IndicatorValue | None] | None = None
    """The indicator value a fact states, if any (the summary and indicator sheets are built from these)."""

    def extract(self, annotated: AnnotatedDocument, context: ExtractionContext) -> list[Any]:
        """Run the family's extractor."""
        module, _, function = self.extractor.partition(":")
        extractor: Extractor = getattr(importlib.import_module(module), function)
        return list(extractor(annotated, context))

    @property
    def table(self) -> str:
        """The database table of the family."""
        return self.storage.table if self.storage is not None else self.name


class Registry:
    """Fact families in registration order, with their run order checked on every change."""

    def __init__(self) -> None:
        self._families: dict[str, FactFamily] = {}
        self._order: tuple[FactFamily, ...] = ()

    def register(self, *families: FactFamily) -> None:
        """Add families (together, so they may require each other); raises :class:`RegistryError`
        and changes nothing when the registry would become inconsistent."""
        added = dict(self._families)
        for family in families:
            if family.name in added:
                raise RegistryError(f"fact family {family.name!r} is registered twice")
            added[family.name] = family
        self._order = _run_order(added)
        self._families = added

    def unregister(self, name: str) -> None:
        """Remove a family (tests register toy families and remove them again)."""
        families = {key: value for key, value in self._families.items() if key != name}
        self._order = _run_order(families)
        self._families = families

    def __getitem__(self, name: str) -> FactFamily:
        try:
            return self._families[name]
        except KeyError:
            raise KeyError(f"no fact family {name!r}; known: {', '.join(self._families)}") from None

    def __contains__(self, name: object) -> bool:
        return name in self._families

    def __iter__(self) -> Iterator[FactFamily]:
        """Families in registration order (the order reports, sheets and tables list them)."""
        return iter(self._families.values())

    def __len__(self) -> int:
        return len(self._families)

    @property
    def names(self) -> tuple[str, ...]:
        """Family names in registration order."""
        return tuple(self._families)

    @property
    def run_order(self) -> tuple[FactFamily, ...]:
        """Families in the order the pipeline runs them: each after the families it requires."""
        return self._order


def _run_order(families: Mapping[str, FactFamily]) -> tuple[FactFamily, ...]:
    """Registration order, each family moved after what it requires (stable topological sort)."""
    for family in families.values():
        unknown = [name for name in family.requires if name not in families]
        if unknown:
            raise RegistryError(f"fact family {family.name!r} requires unknown families: {', '.join(unknown)}")
    ordered: list[FactFamily] = []
    placed: set[str] = set()
    visiting: list[str] = []

    def place(family: FactFamily) -> None:
        if family.name in placed:
            return
        if family.name in visiting:
            cycle = " -> ".join([*visiting[visiting.index(family.name) :], family.name])
            raise RegistryError(f"fact families require each other in a circle: {cycle}")
        visiting.append(family.name)
        for name in family.requires:
            place(families[name])
        visiting.pop()
        placed.add(family.name)
        ordered.append(family)

    for family in families.values():
        place(family)
    return tuple(ordered)


REGISTRY = Registry()
"""The process-wide registry; the built-in families are registered by :mod:`mocparse.builtin_families`."""


def registry() -> Registry:
    """The registry with the built-in families registered."""
    import mocparse.builtin_families  # noqa: F401  (registers the built-in families on first import)

    return REGISTRY


__all__ = [
    "REGISTRY",
    "Agreement",
    "Evaluation",
    "FactFamily",
    "IndicatorValue",
    "Metric",
    "Registry",
    "RegistryError",
    "Storage",
    "registry",
]
