"""What a batch works on and produces: sources, records, and the errors of a batch itself."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from mocparse import __version__
from mocparse.errors import ErrorKind
from mocparse.paths import path_text
from mocparse.records import SCHEMA_VERSION


class BatchError(Exception):
    """The batch cannot run at all (outputs locked or unreadable, workers cannot start)."""


class OutputError(BatchError):
    """An output cannot be written (unwritable path, disk full); what was written before is complete."""

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> OutputError:
        """The error for a failed write to ``path``, in one line."""
        return cls(f"cannot write {path_text(path)}: {write_error_text(error)}")


def write_error_text(error: OSError) -> str:
    """Why a file could not be written, in a few words: ``No space left on device``, or for a path
    under a regular file, ``<that file> is a file, not a folder``."""
    if isinstance(error, FileExistsError | NotADirectoryError) and error.filename:
        for parent in Path(os.fsdecode(error.filename)).parents:
            if parent.exists():
                if not parent.is_dir():
                    return f"{path_text(parent)} is a file, not a folder"
                break
        if isinstance(error, FileExistsError):
            return f"{path_text(error.filename)} is a file, not a folder"
    filename = f" ({path_text(error.filename)})" if error.filename else ""
    return f"{error.strerror or error}{filename}"


@dataclass(frozen=True, slots=True)
class Source:
    """A file found in the source folder, hashed by the parent."""

    path: Path
    relpath: str
    sha256: str | None
    size: int | None
    read_error: tuple[ErrorKind, str] | None = None


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One output record: a converted report (``line`` is its JSON) or an error."""

    source: Source
    sha256: str | None
    line: str | None = None
    error_kind: str | None = None
    error_message: str | None = None
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether the document was converted."""
        return self.line is not None

    def error_json(self) -> str:
        """The error record as one JSON line (without the newline); the path as text (docs/batch.md)."""
        return json.dumps(
            {
                "error": {"kind": self.error_kind, "message": self.error_message},
                "path": path_text(self.source.path),
                "sha256": self.sha256,
                "size": self.source.size,
                "schema_version": SCHEMA_VERSION,
                "mocparse_version": __version__,
            },
            ensure_ascii=False,
        )

    def json_line(self) -> str:
        """The record as it is written to a JSONL file (without the newline)."""
        return self.line if self.line is not None else self.error_json()


def error_record(source: Source, kind: ErrorKind | str, message: str, elapsed_s: float = 0.0) -> BatchRecord:
    """An error record for ``source``."""
    return BatchRecord(source, source.sha256, error_kind=str(kind), error_message=message, elapsed_s=elapsed_s)
