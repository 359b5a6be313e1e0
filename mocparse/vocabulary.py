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


_CACHE: dict[int, tuple[Rules, dict[str, tuple[Term, ...]]]] = {}


def vocabularies(rules: Rules | None = None) -> dict[str, tuple[Term, ...]]:
    """Vocabulary of every field of :data:`VOCABULARY_FIELDS` the rules define, in rules order.

    ``program_type`` is every type of ``rules/program_types.yaml``; a type that names its
    ``dimension`` (focus, form, status) also belongs to that field's vocabulary; ``focus``,
    ``form``, ``status`` and ``indicator`` lists of their own (``rules/indicators.yaml``) are read
    where the rules have them."""
    rules = rules or default_rules()
    cached = _CACHE.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    program_types = list(rules.program_types.types)
    result: dict[str, tuple[Term, ...]] = {"program_type": _terms(program_types)}
    for name in ("focus", "form", "status"):
        own = [entry for entry in program_types if getattr(entry, "dimension", None) == name]
        listed = getattr(rules.program_types, _plural(name), None) or []
        terms = _terms([*listed, *own])
        if terms:
            result[name] = terms
    indicators = getattr(rules, "indicators", None)
    entries = getattr(indicators, "indicators", indicators) if indicators is not None else None
    if entries:
        result["indicator"] = _terms(entries)
    _CACHE[id(rules)] = (rules, result)
    return result


def _plural(name: str) -> str:
    return {"focus": "focuses", "status": "statuses"}.get(name, name + "s")


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
