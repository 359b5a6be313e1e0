"""What every extractor shares: the context it runs in and the claimed-span bookkeeping.

An extractor is a function ``(AnnotatedDocument, ExtractionContext) -> list[record]``.
Extractors run in a fixed order (see :mod:`mocparse.pipeline`); later ones can see what
earlier ones found through the context (the document period, spans already claimed by
dates so a year is not also read as a count).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mocparse.records import DocumentInfo, DocumentKind, Period, ReportWarning
from mocparse.rules import Rules


@dataclass
class ExtractionContext:
    """Shared state of one document's extraction."""

    rules: Rules
    info: DocumentInfo = field(default_factory=DocumentInfo)
    claimed: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    warnings: list[ReportWarning] = field(default_factory=list)

    def claim(self, family: str, start: int, stop: int) -> None:
        """Record that ``[start, stop)`` of the canonical text was read as a ``family`` fact."""
        self.claimed.setdefault(family, []).append((start, stop))

    def is_claimed(self, start: int, stop: int, *families: str) -> bool:
        """True when ``[start, stop)`` overlaps a span claimed by one of ``families``."""
        for family in families:
            for claimed_start, claimed_stop in self.claimed.get(family, ()):
                if start < claimed_stop and claimed_start < stop:
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
