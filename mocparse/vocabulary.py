"""Closed vocabularies of the facts, read from the rules in effect.

Program types, and (where the rules files define them) focuses, forms, statuses and indicators
are ids written in ``rules/*.yaml`` with Russian labels. The JSON Schema turns them into enums,
the review page into choice lists and the exports into readable names, so a methodologist who
adds a type to the rules sees it everywhere without a code change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mocparse.rules import Rules, default_rules

VOCABULARY_FIELDS = ("program_type", "focus", "form", "status", "indicator")
"""Record fields whose values are ids of a vocabulary kept in the rules."""

KIND_LABELS: Mapping[str, tuple[str, str]] = {"actual": ("факт", "actual"), "target": ("план", "target")}
"""Labels (ru, en) of the plan/fact ``kind`` of counts, quantities and percentages."""


@dataclass(frozen=True, slots=True)
class Term:
    """One id of a vocabulary with its Russian label."""

    id: str
    label: str


def _terms(entries: Iterable[Any]) -> tuple[Term, ...]:
    found: dict[str, Term] = {}
    for entry in entries:
        ident = getattr(entry, "id", None)
        if ident is None and isinstance(entry, Mapping):
            ident = entry.get("id")
        if not ident:
            continue
        label = getattr(entry, "label", None)
        if label is None and isinstance(entry, Mapping):
            label = entry.get("label")
        found.setdefault(str(ident), Term(str(ident), str(label or ident)))
    return tuple(found.values())


ALL_PROGRAMS = Term("all", "все программы")
"""The ``program_type`` of a count of every (published, implemented) program."""

_CACHE: dict[int, tuple[Rules, dict[str, tuple[Term, ...]]]] = {}


def vocabularies(rules: Rules | None = None) -> dict[str, tuple[Term, ...]]:
    """Vocabulary of every field of :data:`VOCABULARY_FIELDS`, in rules order.

    ``status``, ``form`` and ``focus`` are the dimensions of ``rules/program_types.yaml``;
    ``program_type`` (the most specific of them) is every id of its ``type_order`` with the label of
    its dimension value (``all``: every program); ``indicator`` is ``rules/indicators.yaml``."""
    rules = rules or default_rules()
    cached = _CACHE.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    types = rules.program_types
    result: dict[str, tuple[Term, ...]] = {}
    labels: dict[str, str] = {ALL_PROGRAMS.id: ALL_PROGRAMS.label}
    for name in ("status", "form", "focus"):
        terms = _terms(types.dimension(name))
        result[name] = terms
        labels.update((term.id, term.label) for term in terms)
    result["program_type"] = tuple(Term(ident, labels.get(ident, ident)) for ident in types.type_order)
    result["indicator"] = _terms(rules.indicators.indicators)
    _CACHE[id(rules)] = (rules, result)
    return result


def label(field: str, value: str | None, rules: Rules | None = None) -> str:
    """The Russian label of a vocabulary id (the id itself when the rules do not know it)."""
    if value is None:
        return ""
    if field == "kind" and value in KIND_LABELS:
        return KIND_LABELS[value][0]
    for term in vocabularies(rules).get(field, ()):
        if term.id == value:
            return term.label
    return value


__all__ = ["KIND_LABELS", "VOCABULARY_FIELDS", "Term", "label", "vocabularies"]
