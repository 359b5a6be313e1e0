"""What every extractor shares: the context it runs in and the claimed-span bookkeeping.

An extractor is a function ``(AnnotatedDocument, ExtractionContext) -> list[record]``.
Extractors run in a fixed order (see :mod:`mocparse.pipeline`); later ones can see what
earlier ones found through the context (the document period, spans already claimed by
dates so a year is not also read as a count).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from mocparse.records import DocumentInfo, DocumentKind, Period, ReportWarning
from mocparse.rules import Rules


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
    """Shared state of one document's extraction."""

    rules: Rules
    info: DocumentInfo = field(default_factory=DocumentInfo)
    claimed: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    warnings: list[ReportWarning] = field(default_factory=list)

    _index: dict[str, _SpanIndex] = field(default_factory=dict, init=False, repr=False, compare=False)

    def claim(self, family: str, start: int, stop: int) -> None:
        """Record that ``[start, stop)`` of the canonical text was read as a ``family`` fact."""
        self.claimed.setdefault(family, []).append((start, stop))

    def is_claimed(self, start: int, stop: int, *families: str) -> bool:
        """True when ``[start, stop)`` overlaps a span claimed by one of ``families``."""
        for family in families:
            spans = self.claimed.get(family)
            if not spans:
                continue
            index = self._index.get(family)
            if index is None or index.size > len(spans):
                index = self._index[family] = _SpanIndex()
            if index.size < len(spans):
                index.add(spans[index.size :])
            if index.overlaps(start, stop):
                return True
        return False

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
