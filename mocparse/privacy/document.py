"""A document and its report pseudonymized together, offsets moved: what ``show --pseudonymize`` renders.

The review page shows the whole text with every fact in place, so the names are replaced in the
document text itself. A pseudonym is not as long as the name it replaces, so every offset after it
moves: blocks, rows, cells, evidence and fact spans are mapped onto the new text, and every text
that is a slice of the document is cut from the new text again, so ``document.text[start:end] ==
evidence.text`` holds on the pseudonymized pair as on the original.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from mocparse.privacy.scrub import PATH_KEYS, _strings, apply_spans

if TYPE_CHECKING:
    from mocparse.document import Document
    from mocparse.privacy.scrub import Pseudonymizer
    from mocparse.records import Report

_END_FIELDS = ("end", "stop")


class _OffsetMap:
    """Maps offsets of the original text onto the text with ``spans`` replaced."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self._starts = [start for start, _, _ in spans]
        self._spans = spans
        shifts = []
        total = 0
        for start, end, replacement in spans:
            total += len(replacement) - (end - start)
            shifts.append(total)
        self._shifts = shifts

    def __call__(self, offset: int, *, is_end: bool) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1  # the last replacement starting at or before
        if index < 0:
            return offset
        start, end, replacement = self._spans[index]
        before = self._shifts[index - 1] if index else 0
        if offset == start or (start < offset < end and not is_end):
            return start + before  # inside a name: a start snaps to the pseudonym's start
        if start < offset < end:
            return start + before + len(replacement)  # an end snaps to the pseudonym's end
        return offset + self._shifts[index]


def _moved(model: Any, moved: _OffsetMap, text: str) -> Any:
    """A copy of a model tree with every ``start``/``end``/``stop``/``body_start`` offset moved and every
    text that slices the document (evidence, fact spans, cells) cut from ``text`` again."""
    if isinstance(model, list):
        return [_moved(item, moved, text) for item in model]
    if isinstance(model, dict):
        return {key: _moved(value, moved, text) for key, value in model.items()}
    if not isinstance(model, BaseModel):
        return model
    update: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel | list | dict):
            update[name] = _moved(value, moved, text)
    start = getattr(model, "start", None)
    end_field = next((name for name in _END_FIELDS if isinstance(getattr(model, name, None), int)), None)
    if isinstance(start, int) and not isinstance(start, bool) and end_field is not None:
        new_start = moved(start, is_end=False)
        new_end = moved(getattr(model, end_field), is_end=True)
        update["start"], update[end_field] = new_start, new_end
        body_start = getattr(model, "body_start", None)
        if isinstance(body_start, int):
            update["body_start"] = moved(body_start, is_end=False)
        if isinstance(getattr(model, "text", None), str):
            update["text"] = text[new_start:new_end]
    return model.model_copy(update=update)


def pseudonymized_pair(document: Document, report: Report, pseudonymizer: Pseudonymizer) -> tuple[Document, Report]:
    """``document`` and ``report`` with every name and contact replaced in the text and in the facts,
    offsets moved to match (see the module docstring)."""
    clean = pseudonymizer.report(report)
    scrub = pseudonymizer.scrubber((person.name, person.full_name) for person in report.persons)
    for key, value in _strings(report.model_dump(mode="json")):
        scrub.learn(value, in_path=key in PATH_KEYS)
    scrub.learn(document.text)
    spans = [
        span
        for span in scrub.spans(document.text)
        if "\t" not in document.text[span[0] : span[1]] and "\n" not in document.text[span[0] : span[1]]
    ]
    text = apply_spans(document.text, spans)
    moved = _OffsetMap(spans)
    source = document.source.model_copy(update={"path": scrub(document.source.path, in_path=True)})
    new_document = _moved(document, moved, text).model_copy(
        update={"text": text, "source": source, "warnings": [scrub(warning) for warning in document.warnings]}
    )
    return new_document, _moved(clean, moved, text)
