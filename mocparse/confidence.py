"""Confidence adjustments that depend on how the evidence was read, not on the extractor rule."""

from __future__ import annotations

from pydantic import BaseModel

from mocparse.document import Document
from mocparse.records import Evidence, Report

OCR_FACTOR = 0.8
"""Facts whose evidence was recognized from an image keep this share of their confidence."""


def lower_ocr_confidence(report: Report, document: Document) -> None:
    """Scale down, in place, the confidence of every fact whose evidence lies in an OCR'd block."""
    ocr_blocks = {block.index for block in document.blocks if block.ocr}
    if not ocr_blocks:
        return
    for name in type(report).model_fields:
        value = getattr(report, name)
        if not isinstance(value, list):
            continue
        for fact in value:
            if isinstance(fact, BaseModel) and hasattr(fact, "confidence") and _evidence_blocks(fact) & ocr_blocks:
                fact.confidence = round(fact.confidence * OCR_FACTOR, 3)


def _evidence_blocks(fact: BaseModel) -> set[int]:
    evidences: list[Evidence] = []
    evidence = getattr(fact, "evidence", None)
    if isinstance(evidence, Evidence):
        evidences.append(evidence)
    evidences.extend(mention for mention in getattr(fact, "mentions", []) if isinstance(mention, Evidence))
    return {evidence.block for evidence in evidences}
