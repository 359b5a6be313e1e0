"""The JSONL format of ``mocparse batch``: one JSON object per line, a Report or an error record.

A Report line is ``Report.model_dump_json()``; an error record is
``{"error": {"kind", "message"}, "path", "sha256", "size", "schema_version", "mocparse_version"}``
(docs/batch.md). A last line without its newline was cut by an interrupted write (*torn*).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mocparse.records import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """A line of a JSONL file: ``data`` when it is a JSON object, else ``problem`` says why not."""

    number: int
    offset: int
    raw: bytes
    data: dict[str, Any] | None
    problem: str | None = None
    torn: bool = False


def iter_jsonl(path: Path) -> Iterator[JsonlLine]:
    """Every line of a JSONL file; a last line without its newline (an interrupted write) is ``torn``."""
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            torn = not raw.endswith(b"\n")
            if torn:
                yield JsonlLine(number, offset, raw, None, "torn last line (an interrupted write); ignored", True)
            elif raw.strip():
                try:
                    data = json.loads(raw)
                except ValueError as error:
                    yield JsonlLine(number, offset, raw, None, f"not JSON ({error})")
                else:
                    if isinstance(data, dict):
                        yield JsonlLine(number, offset, raw, data)
                    else:
                        yield JsonlLine(number, offset, raw, None, "not a JSON object")
            offset += len(raw)


def is_error_record(data: dict[str, Any]) -> bool:
    """Whether a record is an error record (rather than a Report)."""
    return "error" in data


def record_sha256(data: dict[str, Any]) -> str | None:
    """The document SHA-256 of a Report or an error record (None when it is not a string)."""
    if is_error_record(data):
        sha = data.get("sha256")
    else:
        source = data.get("source")
        sha = source.get("sha256") if isinstance(source, dict) else None
    return sha if isinstance(sha, str) else None


def record_key(data: dict[str, Any]) -> str:
    """What identifies the document of a record: its SHA-256, else its path."""
    sha = record_sha256(data)
    return sha if sha else f"path:{data.get('path')}"


def is_current_report(data: dict[str, Any]) -> bool:
    """Whether a record is a Report of the schema version this mocparse writes."""
    return not is_error_record(data) and data.get("schema_version") == SCHEMA_VERSION


def read_jsonl_status(path: Path) -> tuple[set[str], set[str], list[str]]:
    """(documents converted with the current schema, documents with only an error record, problems)."""
    converted: set[str] = set()
    errors: set[str] = set()
    problems: list[str] = []
    for line in iter_jsonl(path):
        if line.data is None:
            problems.append(f"{path}:{line.number}: {line.problem}")
        elif is_error_record(line.data):
            errors.add(record_key(line.data))
        elif is_current_report(line.data):
            converted.add(record_key(line.data))
    return converted, errors - converted, problems
