"""Regional indicators (rules/indicators.yaml): which indicator a percentage or a quantity states.

An indicator matches the words a fact is said with — its subject phrase and the rest of its
clause — when every ``all_of`` group has a cue there, no ``none_of`` cue is there, the family is in
``applies_to`` and, for quantities with ``units``, the counted unit is one of them. The first match
in the rule file wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from mocparse.extract.base import ExtractionContext
from mocparse.nlp import Segment
from mocparse.nlp.annotate import make_doc
from mocparse.rules import match_labels

Family = Literal["percentage", "quantity"]


@cache
def _age_pattern(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    """ "5-18", "5 – 17", "от 5 до 18" for each (low, high) age range."""
    return re.compile("|".join(rf"\b{low}\s*(?:[-–—]|до)\s*{high}\b" for low, high in ranges))


def indicator_for(
    segment: Segment | None,
    words: str,
    family: Family,
    context: ExtractionContext,
    unit: str | None = None,
    token_range: tuple[int, int] | None = None,
) -> str | None:
    """The indicator id of a fact said with ``words`` (a phrase; with ``segment`` and
    ``token_range``, that part of the segment is matched without tokenizing again)."""
    if segment is not None and token_range is not None:
        span = segment.doc[token_range[0] : token_range[1]]
        text = span.text
    else:
        span = make_doc(words)[:]
        text = words
    labels = {label for label, _, _ in match_labels(context.rules.indicator_matcher, span)}
    for indicator in context.rules.indicators.indicators:
        if family not in indicator.applies_to:
            continue
        if (
            family == "quantity"
            and indicator.units
            and (unit or "").replace("ё", "е") not in {value.replace("ё", "е") for value in indicator.units}
        ):
            continue
        if f"{indicator.id}#alone" not in labels and any(
            f"{indicator.id}#{index}" not in labels for index in range(len(indicator.all_of))
        ):
            continue
        if f"{indicator.id}#none" in labels:
            continue
        if indicator.age_5_18 and not _age_pattern(tuple(context.rules.indicators.age_5_18)).search(text):
            continue
        if not indicator.all_of and not indicator.units:
            continue
        return indicator.id
    return None


def holds_for_parts(indicator: str | None, context: ExtractionContext) -> bool:
    """The indicator (``of_parts: true``) holds for a part of the municipality's figure too."""
    return indicator is not None and any(
        item.id == indicator and item.of_parts for item in context.rules.indicators.indicators
    )
