"""Comparing facts as JSON items (gold files, reports): the keys evaluation matches them by.

Every function takes plain dicts (``Report.model_dump(mode="json")`` items or gold items), so a
gold file, a report and a reviewed report compare the same way.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

Item = dict[str, Any]


def norm(text: str | None) -> str:
    """Lower case, ``ё`` as ``е``, single spaces, no edge punctuation."""
    return " ".join((text or "").lower().replace("ё", "е").split()).strip(" .;:,")


def similar(a: str | None, b: str | None, threshold: float) -> bool:
    """Equal after :func:`norm`, or at least ``threshold`` similar."""
    a, b = norm(a), norm(b)
    return a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


def number(value: Any) -> float | None:
    """A number rounded for comparison (``72.50`` and ``72.5`` are one value)."""
    return None if value is None else round(float(value), 3)


def unit(value: str | None) -> str:
    """A unit with abbreviations expanded by rules/units.yaml (``ОО`` and ``организация`` are one unit),
    reduced to its head noun (``детский сад`` and ``сад`` are one unit: the lemma of the counted noun)."""
    from mocparse.rules import default_rules

    abbreviations = default_rules().units.abbreviations
    text = (value or "").strip()
    expanded = abbreviations.get(text) or abbreviations.get(text.rstrip(".")) or text
    words = norm(expanded).replace("ё", "е").split()
    return words[-1] if words else ""


def same_unit(a: str | None, b: str | None) -> bool:
    """Two units of one fact: equal (see :func:`unit`), or ``человек`` and a noun naming people
    (``ребёнок``, ``педагог``, ``участник``): a table's "чел." column counts the people its row names."""
    first, second = unit(a), unit(b)
    if first == second:
        return True
    if "человек" not in {first, second}:
        return False
    other = second if first == "человек" else first
    from mocparse.nlp.morph import parses

    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(other)[:2])


def person_name(item: Item) -> str:
    """A person's nominative short name without spaces (``Иванова М.В.``)."""
    return norm(item.get("name")).replace(" ", "")


def responsible(item: Item) -> list[str]:
    """An activity's responsible list, normalized and sorted."""
    return sorted(norm(value).replace(" ", "") for value in item.get("responsible") or [])


def deadline(item: Item) -> tuple[Any, Any]:
    """An activity deadline's (start, end)."""
    period = item.get("deadline") or {}
    return period.get("start"), period.get("end")


def same_row(a: Item, b: Item) -> bool:
    """Two activities of the same row: the same number and a similar title."""
    return (a.get("number") or None) == (b.get("number") or None) and similar(a.get("title"), b.get("title"), 0.85)


def previous(item: Item) -> tuple[Any, Any]:
    """The (value, year) of an earlier value, ``(None, None)`` without one. An academic year written
    as its span ("2021-2022") is its end year, as mocparse writes it."""
    earlier = item.get("previous") or {}
    return number(earlier.get("value")), year_of(earlier.get("year"))


def year_of(value: Any) -> int | None:
    """A year: 2022, "2022", or the end year of "2021-2022" / "2021/22"."""
    if value is None:
        return None
    digits = re.findall(r"\d{2,4}", str(value))
    if not digits:
        return None
    last = digits[-1]
    return int(last) if len(last) == 4 else int(digits[0][:2] + last) if len(digits[0]) == 4 else None


def roles(item: Item) -> list[str]:
    """A person's roles, normalized and sorted."""
    return sorted(norm(role) for role in item.get("roles") or [])


def short(text: str | None, limit: int = 50) -> str:
    """``text`` cut to ``limit`` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
