"""Cross-checks that add warnings to a Report; they never change a fact."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from mocparse.records import Report, ReportWarning

PLAUSIBLE_YEARS = (1991, 2050)


def _parts_of_program_counts(report: Report) -> list[ReportWarning]:
    warnings = []
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    totals = {}
    for index, count in enumerate(report.program_counts):
        if count.part_of is None:
            continue
        parent = next(
            (
                position
                for position in range(index - 1, -1, -1)
                if report.program_counts[position].value == count.part_of
            ),
            None,
        )
        if parent is None:
            continue
        groups[(parent, count.part_of)].append(count.value)
        totals[(parent, count.part_of)] = report.program_counts[parent]
    for (_, total), parts in groups.items():
        stated = sum(parts)
        if stated > total or (len(parts) >= 2 and stated != total):
            warnings.append(
                ReportWarning(
                    code="parts_do_not_add_up",
                    message=f"parts {' + '.join(map(str, parts))} = {stated}, but the stated total is {total}",
                    evidence=totals[(_, total)].evidence,
                )
            )
    return warnings


def _quantity_breakdowns(report: Report) -> list[ReportWarning]:
    """``16 организаций, ...:`` followed by lines ``1 организация ...``, ``13 ...``: the parts must
    add up to the total."""
    warnings = []
    quantities = report.quantities
    for index, total in enumerate(quantities):
        if not total.evidence.text.rstrip().endswith(":"):
            continue
        parts: list[float] = []
        for part in quantities[index + 1 :]:
            next_block = total.evidence.block + 1 + len(parts)
            starts_with_number = part.evidence.text.lstrip()[:1].isdigit()
            if part.evidence.block != next_block or part.unit != total.unit or not starts_with_number:
                break
            parts.append(part.value)
        if len(parts) >= 2 and sum(parts) != total.value:
            warnings.append(
                ReportWarning(
                    code="parts_do_not_add_up",
                    message=f"parts {' + '.join(f'{value:g}' for value in parts)} = {sum(parts):g}, "
                    f"but the stated total is {total.value:g} ({total.unit})",
                    evidence=total.evidence,
                )
            )
    return warnings


def _share_over_hundred(report: Report) -> list[ReportWarning]:
    return [
        ReportWarning(
            code="share_out_of_range",
            message=f"a share of {percentage.value}% is outside 0–100",
            evidence=percentage.evidence,
        )
        for percentage in report.percentages
        if ("доля" in percentage.subject.lower() or "удельный" in percentage.subject.lower())
        and not 0 <= percentage.value <= 100
    ]


def _implausible_dates(report: Report) -> list[ReportWarning]:
    low, high = PLAUSIBLE_YEARS
    return [
        ReportWarning(
            code="date_out_of_range",
            message=f"date {date.text!r} ({date.start.isoformat()}) is outside {low}–{high}",
            evidence=date.evidence,
        )
        for date in report.dates
        if not (dt.date(low, 1, 1) <= date.start and date.end <= dt.date(high, 12, 31))
    ]


def _no_period(report: Report) -> list[ReportWarning]:
    if report.document.period is None:
        return [ReportWarning(code="no_period", message="the period the document covers was not found")]
    return []


def run_checks(report: Report) -> list[ReportWarning]:
    """All cross-check warnings for a report."""
    return [
        *_parts_of_program_counts(report),
        *_quantity_breakdowns(report),
        *_share_over_hundred(report),
        *_implausible_dates(report),
        *_no_period(report),
    ]
