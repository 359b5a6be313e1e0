"""Errors mocparse raises for input it cannot read. Each names the file and the reason."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ErrorKind(StrEnum):
    """Why a document could not be read; stable strings kept in batch error records."""

    NOT_FOUND = "not_found"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported_format"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    SCANNED = "scanned_no_text"
    TOO_LARGE = "too_large"
    MISSING_TOOL = "missing_tool"
    TIMEOUT = "timeout"
    OUT_OF_MEMORY = "out_of_memory"
    LINK_OUTSIDE = "link_outside_source"
    INTERNAL = "internal_error"


class MocparseError(Exception):
    """Base class of every error mocparse raises on purpose."""

    kind: ErrorKind = ErrorKind.INTERNAL

    def __init__(self, path: str | Path, reason: str, *, kind: ErrorKind | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        if kind is not None:
            self.kind = kind
        super().__init__(f"{self.path}: {reason}")


class DocumentReadError(MocparseError):
    """A file could not be turned into a Document."""

    kind = ErrorKind.CORRUPT


def near_memory_limit(share: float = 0.5) -> bool:
    """The process has used at least ``share`` of its data or address-space limit (``ulimit -d`` /
    ``-v``): an allocation failure inside a compiled extension is then running out of memory."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    for limit in (resource.RLIMIT_DATA, resource.RLIMIT_AS):
        soft, _ = resource.getrlimit(limit)
        if soft != resource.RLIM_INFINITY and peak >= share * soft:
            return True
    return False
