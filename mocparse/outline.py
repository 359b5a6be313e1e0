"""Human-readable views of a Document and a Report, for the terminal."""

from __future__ import annotations

from mocparse.document import BlockKind, Document
from mocparse.families import registry
from mocparse.records import Report

_PREVIEW = 90


def _short(text: str, limit: int = _PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def outline(document: Document) -> str:
    """One line per block (kind, page, offsets, label, text); tables row by row."""
    source = document.source
    lines = [
        f"{source.path}  format={source.format}  pages={source.pages}  chars={len(document.text)}  "
        f"blocks={len(document.blocks)}  sha256={source.sha256[:12]}"
    ]
    for block in document.blocks:
        page = f"p{block.page}" if block.page is not None else "  "
        where = f"[{block.index:>3}] {page:>4} {block.start:>6}-{block.stop:<6}"
        if block.kind is BlockKind.TABLE and block.table is not None:
            table = block.table
            lines.append(f"{where} table {len(table.body_rows)} rows x {table.n_cols} columns")
            for row in table.rows:
                marker = "H" if row.is_header else "#" if row.is_column_numbers else " "
                cells = " | ".join(_short(cell.text, 28) for cell in row.cells)
                lines.append(f"{'':>24}{marker} {cells}")
            continue
        label = f"{block.label} " if block.label else ""
        indent = "  " * block.level
        lines.append(f"{where} {block.kind.value:<9} {indent}{label}{_short(document.block_body(block))}")
    for warning in document.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def summary(report: Report) -> str:
    """A few lines per fact family, for a quick look in the terminal."""
    info = report.document
    period = info.period
    lines = [
        f"{report.source.path}: {info.kind.value} «{info.title or '—'}»",
        f"  municipality: {info.municipality or '—'}; region: {info.region or '—'}; "
        f"period: {period.start if period else '—'} .. {period.end if period else '—'}",
    ]
    for family in registry():
        facts = report.facts(family.name)
        if family.passage:
            continue
        for fact in facts:
            lines.append(f"  {family.label_en.lower()}: {_short(family.describe(fact), 110)}")
    lines.append(
        "  "
        + ", ".join(
            f"{family.label_en.lower()}: {len(report.facts(family.name))}" for family in registry() if family.passage
        )
    )
    for warning in report.warnings:
        lines.append(f"  warning [{warning.code}]: {warning.message}")
    return "\n".join(lines)
