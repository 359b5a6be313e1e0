"""What the loader accepts from a JSONL file: records that are what they claim to be (docs/database.md).

A JSONL file may come from another mocparse version, be edited by hand or be hostile. Before a
record reaches the database it must have a schema version this mocparse can load, a document key
that is a SHA-256, and the shape of a Report or of an error record; anything else is rejected
with one line saying why, and the load goes on.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from mocparse.records import SCHEMA_VERSION, Report

_SHA256 = re.compile(r"[0-9a-f]{64}")
_VERSION = re.compile(r"(\d{1,4})\.(\d{1,4})")
_KIND = re.compile(r"[a-z][a-z_]{0,63}")
_REQUIRED = ("schema_version", "source", "document")
"""Keys of a Report record that have no meaningful default; fact lists may be absent (empty)."""


def loadable_version(version: object) -> bool:
    """Whether records of schema ``version`` can be loaded: same major version as
    :data:`~mocparse.records.SCHEMA_VERSION`, minor version not newer."""
    if not isinstance(version, str) or not (found := _VERSION.fullmatch(version)):
        return False
    current = _VERSION.fullmatch(SCHEMA_VERSION)
    assert current is not None
    return int(found[1]) == int(current[1]) and int(found[2]) <= int(current[2])


def is_sha256(value: object) -> bool:
    """Whether ``value`` is a SHA-256 as mocparse writes it: 64 lower-case hex digits."""
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def _shown(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _version_problem(data: dict[str, Any]) -> str | None:
    version = data.get("schema_version")
    if loadable_version(version):
        return None
    shown = version if isinstance(version, str) and len(version) <= 20 else _shown(version)
    return f"schema version {shown} cannot be loaded by this mocparse (it loads {SCHEMA_VERSION} and older 1.x)"


def check_report(data: dict[str, Any]) -> Report | str:
    """The Report of a record, or why it is not one that can be loaded."""
    if problem := _version_problem(data):
        return problem
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        return f"not a complete Report: no {', '.join(missing)}"
    try:
        report = Report.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        return f"not a valid Report ({error.error_count()} problem(s); first: {location}: {first['msg']})"
    if not is_sha256(report.source.sha256):
        return f"source.sha256 {_shown(report.source.sha256)} is not a SHA-256 (64 lower-case hex digits)"
    return report


def check_error_record(data: dict[str, Any]) -> dict[str, Any] | str:
    """The ``load_errors`` row (path, sha256, kind, message) of an error record, or why it is not one."""
    if problem := _version_problem(data):
        return problem
    error = data.get("error")
    if not isinstance(error, dict):
        return f"not a valid error record: error is {_shown(error)}, not an object with kind and message"
    kind, message = error.get("kind"), error.get("message")
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        return f"not a valid error record: error.kind {_shown(kind)} is not an error kind"
    if message is not None and not isinstance(message, str):
        return f"not a valid error record: error.message is {type(message).__name__}, not text"
    sha = data.get("sha256")
    if sha is not None and not is_sha256(sha):
        return f"not a valid error record: sha256 {_shown(sha)} is not a SHA-256 (64 lower-case hex digits) or null"
    path = data.get("path")
    if not isinstance(path, str):
        return f"not a valid error record: path is {type(path).__name__}, not text"
    return {"path": path, "sha256": sha, "kind": kind, "message": message or ""}
