"""What every extractor shares: the context it runs in and the facts of earlier families.

An extractor is a function ``(AnnotatedDocument, ExtractionContext) -> list[record]``.
Extractors run in the order the family registry gives (:mod:`mocparse.families`); later ones
see what earlier ones found through the context (the document period, the spans of dates so a
year is not also read as a count).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from mocparse.records import DocumentInfo, DocumentKind, Evidence, Period, ReportWarning
from mocparse.rules import Rules


def fact_spans(facts: Iterable[Any]) -> Iterator[tuple[int, int]]:
    """The value spans of facts: each fact's ``evidence.span`` and each mention's (persons)."""
    for fact in facts:
        evidences: Iterable[Evidence] = getattr(fact, "mentions", None) or (
            [fact.evidence] if getattr(fact, "evidence", None) is not None else []
        )
        for evidence in evidences:
            if evidence.span is not None:
                yield evidence.span.start, evidence.span.end


class _SpanIndex:
    """Claimed spans sorted by start, so an overlap test looks only at spans that start within
    the longest claimed length before ``start`` (a scan of every span made extraction quadratic
    in the document's length)."""

    __slots__ = ("max_length", "size", "starts", "stops")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.stops: list[int] = []
        self.max_length = 0
        self.size = 0

    def add(self, spans: list[tuple[int, int]]) -> None:
        """Index ``spans`` (the spans claimed since the last call)."""
        for start, stop in spans:
            position = bisect_right(self.starts, start)
            self.starts.insert(position, start)
            self.stops.insert(position, stop)
            self.max_length = max(self.max_length, stop - start)
        self.size += len(spans)

    def overlaps(self, start: int, stop: int) -> bool:
        # A span overlaps [start, stop) when claimed_start < stop and start < claimed_stop; the
        # second needs claimed_start > start - (its length) >= start - max_length.
        low = bisect_right(self.starts, start - self.max_length)
        high = bisect_left(self.starts, stop, low)
        stops = self.stops
        return any(stops[position] > start for position in range(low, high))


@dataclass
class ExtractionContext:
    """Shared state of one document's extraction.

    The pipeline records each family's facts here as soon as its extractor returns; a later
    extractor reads them with :meth:`facts` or asks whether a span of text was already read as one
    of them with :meth:`is_claimed` (a year read as a date is not also a count). Both may only name
    families the running family ``requires`` in the registry, so the run order stays right."""

    rules: Rules
    info: DocumentInfo = field(default_factory=DocumentInfo)
    warnings: list[ReportWarning] = field(default_factory=list)
    family: str | None = None
    """The family whose extractor is running (set by the pipeline)."""
    requires: tuple[str, ...] = ()
    """What the running family may read (set by the pipeline)."""

    cache: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)
    """What extractors work out once per document and share (the layout of each table)."""
    _facts: dict[str, list[Any]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _claims: dict[str, list[tuple[int, int]]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _index: dict[str, _SpanIndex] = field(default_factory=dict, init=False, repr=False, compare=False)

    def start(self, family: str, requires: tuple[str, ...]) -> None:
        """The pipeline is about to run ``family``."""
        self.family, self.requires = family, requires

    def record(self, family: str, facts: list[Any]) -> None:
        """Keep the facts ``family`` produced, for the families that require it."""
        self._facts[family] = facts

    def claim(self, start: int, stop: int) -> None:
        """Mark ``[start, stop)`` as read by the running family although no fact of it keeps that span
        (a repeated citation merged into the first one)."""
        if self.family is None:
            raise RuntimeError("claim() outside a family's extractor")
        self._claims.setdefault(self.family, []).append((start, stop))

    def facts(self, family: str) -> list[Any]:
        """The facts an earlier family produced."""
        self._check(family)
        return self._facts.get(family, [])

    def is_claimed(self, start: int, stop: int, *families: str) -> bool:
        """True when ``[start, stop)`` of the canonical text overlaps the span of a fact of one of
        ``families`` (the value as written: a date, an act citation, a count's number ...)."""
        for family in families:
            self._check(family)
            index = self._index.get(family)
            if index is None:
                index = self._index[family] = _SpanIndex()
                index.add(sorted([*fact_spans(self._facts.get(family, [])), *self._claims.get(family, [])]))
            if index.size and index.overlaps(start, stop):
                return True
        return False

    def _check(self, family: str) -> None:
        if self.family is not None and family not in self.requires:
            raise RuntimeError(
                f"fact family {self.family!r} reads {family!r} facts but does not require them "
                "(add it to `requires` in the family registry)"
            )

    @property
    def period(self) -> Period | None:
        """The period the document covers, when known."""
        return self.info.period

    @property
    def is_plan(self) -> bool:
        """True for plans (their numbers are targets, their months are in the future)."""
        return self.info.kind is DocumentKind.PLAN

    def year_for_month(self, month: int) -> int | None:
        """The year a month without a year falls in, from the document period."""
        period = self.period
        if period is None or period.start is None or period.end is None:
            return None
        for year in range(period.start.year, period.end.year + 1):
            first = dt.date(year, month, 1)
            if period.start <= first <= period.end:
                return year
        return period.start.year
