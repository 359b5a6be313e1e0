"""Dimensions of a count of programs named by cues (rules/program_types.yaml): its stage (status),
form and направленность, found in a stretch of tokens, and whether a text or the whole document speaks
of quality assessment. Program counts, percentages, quantities and table cells all ask."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from mocparse.extract.base import ExtractionContext
from mocparse.nlp.annotate import make_doc, token_lists
from mocparse.rules import DIMENSIONS, match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def labelled_matches(
    doc: Doc,
    span_first: int,
    span: Span,
    name: str,
    context: ExtractionContext,
    assessment: bool,
    hole: tuple[int, int] | None = None,
) -> list[tuple[str, int, int, int]]:
    """(value, first token, end token, strength) of a dimension's cue matches; strength 0 for cues,
    1 for context cues, 2 for weak cues and weak values. A match right after "не" is negated."""
    found = []
    weak_values = context.rules.weak_values
    for label, start, stop in match_labels(context.rules.dimension_matchers[name], span):
        value, _, tier = label.partition("@")
        if tier == "context" and not assessment:
            continue
        first = span_first + start
        if first > 0 and doc[first - 1].lower_ == "не" and doc[first].lower_ != "не":
            continue
        if hole is not None and hole[0] <= first < hole[1]:
            continue
        strength = 2 if tier == "weak" or value in weak_values else 1 if tier == "context" else 0
        found.append((value, first, span_first + stop, strength))
    return found


def dimension_cues(
    doc: Doc,
    first_token: int,
    last_token: int,
    context: ExtractionContext,
    near: int | None = None,
    assessment: bool = False,
    hole: tuple[int, int] | None = None,
) -> dict[str, tuple[str, int]]:
    """Per dimension, the value named by cues inside tokens [first_token, last_token) and its token
    distance to ``near``: the strongest cue, then the nearest, then the value listed first in the rule
    file. With ``assessment`` (the place speaks of quality assessment), context cues count too."""
    if first_token >= last_token:
        return {}
    found: dict[str, tuple[str, int]] = {}
    span = doc[first_token:last_token]
    for name in DIMENSIONS:
        matches = labelled_matches(doc, first_token, span, name, context, assessment, hole)
        if not matches:
            continue
        order = context.rules.dimension_order[name]
        if near is not None and len(matches) > 1:
            # "включены 138 программ (до 2023 года – реестр сертифицированных программ)": an aside in
            # brackets away from the number names something else when the clause names the dimension too
            asides = _asides(doc, first_token, last_token, near)
            plain = [match for match in matches if not any(a <= match[1] < b for a, b in asides)]
            matches = plain or matches

        def rank(
            match: tuple[str, int, int, int], order: dict[str, int] = order, name: str = name
        ) -> tuple[int, int, int]:
            value, start, stop, strength = match
            distance = 0 if near is None else min(abs(start - near), abs(stop - 1 - near))
            if name == "form":  # two forms of one count: the one listed first, the more specific
                return strength, order[value], distance
            return strength, distance, order[value]

        best = min(matches, key=rank)
        if name != "status" and _coordinated(doc, [m for m in matches if m[3] == best[3]]):
            continue  # "программ технической и естественнонаучной направленностей": of both, of neither alone
        found[name] = (best[0], rank(best)[1])
    return found


_COORDINATION = {"и", ",", "или", "либо", "/"}


def _asides(doc: Doc, first: int, last: int, near: int) -> list[tuple[int, int]]:
    """Token ranges of the brackets in [first, last) that do not hold token ``near`` (one still open
    at ``last`` runs to it)."""
    ranges: list[tuple[int, int]] = []
    opening: int | None = None
    _, lowers = token_lists(doc)
    for index in range(first, last):
        if lowers[index] == "(" and opening is None:
            opening = index
        elif lowers[index] == ")" and opening is not None:
            if not opening < near < index:
                ranges.append((opening, index + 1))
            opening = None
    if opening is not None and near < opening:
        ranges.append((opening, last))  # a bracket the clause ends inside: "17 краткосрочных (включая летние … от"
    return ranges


def _coordinated(doc: Doc, matches: list[tuple[str, int, int, int]]) -> bool:
    """Two different values of one dimension joined by "и", "или" or a comma."""
    ordered = sorted(matches, key=lambda match: match[1])
    return any(
        left[0] != right[0]
        and left[2] < right[1]
        and all(token.lower_ in _COORDINATION for token in doc[left[2] : right[1]])
        for left, right in itertools.pairwise(ordered)
    )


def all_dimension_values(
    doc: Doc,
    first_token: int,
    last_token: int,
    context: ExtractionContext,
    assessment: bool,
    hole: tuple[int, int] | None = None,
    near: int | None = None,
) -> set[str]:
    """Every value named by a (not weak) cue in tokens [first_token, last_token): "рекомендованы к
    включению в реестр сертифицированных" is both passed and certified, and its type is the first.
    With ``near`` (the number), cues in brackets away from it are left out."""
    if first_token >= last_token:
        return set()
    span = doc[first_token:last_token]
    asides = _asides(doc, first_token, last_token, near) if near is not None else []
    return {
        value
        for name in DIMENSIONS
        for value, start, _, strength in labelled_matches(doc, first_token, span, name, context, assessment, hole)
        if strength == 0 and not any(a <= start < b for a, b in asides)
    }


def speaks_of_assessment(doc: Doc, context: ExtractionContext) -> bool:
    """True when a text mentions quality assessment (НОК, экспертиза ...)."""
    return bool(match_labels(context.rules.assessment_matcher, doc[:]))


def document_about_assessment(context: ExtractionContext) -> bool:
    """True when the document's title speaks of quality assessment ("Аналитическая справка по итогам
    независимой оценки качества программ"): all of it does, "подано | прошли" columns are its stages."""
    key = "document_about_assessment"
    if key not in context.cache:
        # the title, with the headings over it that name who wrote it ("Общественный совет по проведению
        # независимой оценки качества …" over "ПРОТОКОЛ № 3")
        title = " ".join([context.cache.get("headings_over_title", ""), context.info.title or ""]).strip()
        context.cache[key] = bool(title) and speaks_of_assessment(make_doc(title), context)
    return bool(context.cache[key])
