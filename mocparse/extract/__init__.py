"""Extractors, one module per fact family, all with the same signature
``(AnnotatedDocument, ExtractionContext) -> list[record]``."""

from mocparse.extract.base import ExtractionContext

__all__ = ["ExtractionContext"]
