"""Reports as pandas DataFrames, one per fact family (``pip install 'mocparse[pandas]'``)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any

from mocparse.families import registry
from mocparse.records import Evidence, Record, Report

if TYPE_CHECKING:
    import pandas as pd


def _flat(record: Record, prefix: str = "") -> dict[str, Any]:
    """Scalar fields of a record, nested records flattened (``previous_value``), lists joined."""
    row: dict[str, Any] = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        key = f"{prefix}{name}"
        if isinstance(value, Evidence):
            continue
        if isinstance(value, Record):
            row.update(_flat(value, f"{key}_"))
        elif isinstance(value, list):
            if value and all(isinstance(item, Evidence) for item in value):
                row[f"{key}_count"] = len(value)
            else:
                row[key] = "; ".join(str(item) for item in value)
        else:
            row[key] = value.value if isinstance(value, Enum) else value
    return row


def _evidence(fact: Any) -> Evidence | None:
    evidence = getattr(fact, "evidence", None)
    if isinstance(evidence, Evidence):
        return evidence
    mentions = getattr(fact, "mentions", None)
    return mentions[0] if mentions else None


def to_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """A DataFrame of documents and one per fact family of the registry: a row per fact with its
    document (``sha256``, ``path``, ``municipality``, ``period_start``/``period_end``), its fields,
    and its evidence (``evidence_text``, ``value_as_written``, ``page``)."""
    try:
        import pandas as pd
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("to_frames needs pandas: pip install 'mocparse[pandas]'") from error
    documents: list[dict[str, Any]] = []
    rows: dict[str, list[dict[str, Any]]] = {family.name: [] for family in registry()}
    for report in reports:
        info = report.document
        document = {
            "sha256": report.source.sha256,
            "path": report.source.path,
            "municipality": info.municipality,
            "period_start": info.period.start if info.period else None,
            "period_end": info.period.end if info.period else None,
        }
        documents.append(
            {
                **document,
                "format": report.source.format,
                "kind": info.kind.value,
                "title": info.title,
                "region": info.region,
            }
        )
        for family in registry():
            for ordinal, fact in enumerate(report.facts(family.name)):
                evidence = _evidence(fact)
                rows[family.name].append(
                    {
                        **document,
                        "ordinal": ordinal,
                        **_flat(fact),
                        "evidence_text": evidence.text if evidence else None,
                        "value_as_written": evidence.span.text if evidence and evidence.span else None,
                        "page": evidence.page if evidence else None,
                    }
                )
    frames = {"documents": pd.DataFrame(documents)}
    frames.update({name: pd.DataFrame(items) for name, items in rows.items()})
    return frames
