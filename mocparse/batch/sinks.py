"""Where a batch writes: a JSONL file (:class:`JsonlSink`) or a folder of JSON files (:class:`DirSink`).

The database output is :class:`mocparse.db.load.DbSink`. Only the parent process writes, and every
write is complete before the next record: a fsync'ed line, or a file renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from contextlib import suppress
from pathlib import Path
from typing import IO, Literal, Protocol

from mocparse.batch.jsonl import is_current_report, is_error_record, iter_jsonl, record_key, record_sha256
from mocparse.batch.records import BatchError, BatchRecord, OutputError
from mocparse.paths import path_text
from mocparse.records import SCHEMA_VERSION

try:  # POSIX: one writer per output file
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class Sink(Protocol):
    """Where a batch writes its records; implemented by JSONL, a folder of JSON and a database."""

    description: str

    def completed(self) -> set[str]:
        """SHA-256 of the documents this output already holds, converted with the current schema."""
        ...

    def write(self, record: BatchRecord) -> None:
        """Store one record durably before returning."""
        ...

    def close(self, *, finished: bool) -> None:
        """Release the output; ``finished`` is False when the batch stopped early."""
        ...


def _fsync_directory(directory: Path) -> None:
    with suppress(OSError, AttributeError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file in the same folder, fsync'ed, then renamed over it;
    on failure (disk full) the temporary file is removed and ``path`` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _lock(handle: IO[bytes], path: Path) -> None:
    if fcntl is None:  # pragma: no cover - Windows
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        handle.close()
        raise BatchError(f"{path_text(path)}: another mocparse batch is writing this output") from error


class JsonlSink:
    """Append records to a JSONL file, one line each, flushed and fsync'ed before the next.

    On open, a torn last line left by a killed run is cut off (and reported in ``notes``); lines
    already there tell which documents are done. When a run finishes, records superseded by a
    later one for the same document (a retried error, an older schema) are compacted away through
    a temporary file renamed over the output, so the file holds one record per document.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = path_text(path)
        self.notes: list[str] = []
        self._done: set[str] = set()
        self._lines_per_key: dict[str, int] = {}
        self._foreign_lines = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # unbuffered: a failed write leaves nothing pending that a later close would retry
            self._handle: IO[bytes] = path.open("ab", buffering=0)
        except OSError as error:
            raise OutputError.from_os_error(path, error) from error
        _lock(self._handle, path)
        keep = 0
        if path.stat().st_size:
            for line in iter_jsonl(path):
                if line.torn:
                    self.notes.append(
                        f"{self.description}:{line.number}: dropped a torn last line ({len(line.raw)} bytes) left "
                        "by an interrupted run; that document is converted again"
                    )
                    break
                keep = line.offset + len(line.raw)
                if line.data is None or (not record_sha256(line.data) and not is_error_record(line.data)):
                    self._foreign_lines += 1
                    self.notes.append(
                        f"{self.description}:{line.number}: {line.problem or 'not a mocparse record'}; ignored"
                    )
                    continue
                self._count(record_key(line.data), current=is_current_report(line.data))
            if keep < path.stat().st_size:
                self._handle.truncate(keep)
                self._handle.flush()
                os.fsync(self._handle.fileno())

    def _count(self, key: str, *, current: bool) -> None:
        self._lines_per_key[key] = self._lines_per_key.get(key, 0) + 1
        if current:
            self._done.add(key)

    def completed(self) -> set[str]:
        """Documents with a record of the current schema version (error records are retried)."""
        return set(self._done)

    def write(self, record: BatchRecord) -> None:
        """Append one line and make it durable (fsync) before returning. When that fails (disk full),
        the part of the line already written is cut off again and :class:`OutputError` is raised."""
        if record.ok and record.sha256 in self._done:
            return  # already in this file (another output asked for it again)
        data = memoryview(record.json_line().encode("utf-8") + b"\n")
        end = os.fstat(self._handle.fileno()).st_size
        try:
            written = 0
            while written < len(data):  # a raw write may be short
                written += self._handle.write(data[written:]) or 0
            os.fsync(self._handle.fileno())
        except OSError as error:
            with suppress(OSError):
                self._handle.truncate(end)  # frees space, so it works on a full disk too
                os.fsync(self._handle.fileno())
            raise OutputError.from_os_error(self.path, error) from error
        self._count(record.sha256 or f"path:{path_text(record.source.path)}", current=record.ok)

    def close(self, *, finished: bool) -> None:
        """Close the file; after a finished run, compact superseded records away."""
        if self._handle.closed:
            return
        try:
            if finished and self._foreign_lines == 0 and any(count > 1 for count in self._lines_per_key.values()):
                try:
                    self.compact()
                except OSError as error:  # e.g. no room for the compacted copy: the file stays valid as it is
                    self.notes.append(
                        f"{self.description}: not compacted ({error.strerror or error}); it is valid as it is, "
                        "superseded records are dropped by the next finished run"
                    )
        finally:
            self._handle.close()

    def compact(self) -> int:
        """Keep one line per document (its last Report, else its last error record); return lines dropped."""
        chosen: dict[str, tuple[int, bool]] = {}
        for line in iter_jsonl(self.path):
            if line.data is None:
                continue
            key = record_key(line.data)
            ok = not is_error_record(line.data)
            previous = chosen.get(key)
            if previous is None or ok or not previous[1]:
                chosen[key] = (line.number, ok)
        keep = {number for number, _ in chosen.values()}
        kept: list[bytes] = []
        dropped = 0
        for line in iter_jsonl(self.path):
            if line.number in keep:
                kept.append(line.raw)
            else:
                dropped += 1
        atomic_write(self.path, b"".join(kept))
        self.notes.append(f"{self.description}: compacted, {dropped} superseded line(s) removed")
        return dropped


# -- a folder of JSON files ---------------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w.\- ]+")
MAX_NAME_BYTES = 200
"""Longest file or folder name ``--name path`` writes, in UTF-8 bytes: file systems allow 255, and
``.error.json`` and the temporary name of an atomic write need the rest."""
_MAX_RELATIVE_BYTES = 1024


def _digest(relpath: str) -> str:
    return hashlib.sha256(os.fsencode(relpath)).hexdigest()[:10]


def _cut(part: str, limit: int) -> str:
    """``part`` cut to at most ``limit`` UTF-8 bytes, on a character boundary."""
    return part.encode("utf-8")[:limit].decode("utf-8", "ignore")


def safe_relative_name(relpath: str) -> str:
    """A relative path made safe as a file name: no hidden or parent parts, no odd characters, no part
    longer than :data:`MAX_NAME_BYTES`. A path that had to be changed gets ``~`` and 10 hex digits of
    the hash of the original path, so two names that differ only in unsafe characters (``a:1.txt``,
    ``a?1.txt``) or past the length limit never share a file."""
    original = [part for part in relpath.split("/") if part not in ("", ".", "..")]
    parts = [_UNSAFE.sub("_", part).lstrip(".") or "_" for part in original]
    suffix = f"~{_digest(relpath)}"
    changed = parts != original
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in parts):
        parts = [_cut(part, MAX_NAME_BYTES - len(suffix)) for part in parts]
        changed = True
    if len("/".join(parts).encode("utf-8")) > _MAX_RELATIVE_BYTES:  # too deep for PATH_MAX
        parts = ["_deep", parts[-1] if parts else "_"]
        changed = True
    if not parts:
        return "_" + suffix
    if changed:
        parts[-1] += suffix
    return "/".join(parts)


class DirSink:
    """One JSON file per document in a folder, named by SHA-256 (default) or by a safe relative path.

    Reports are ``NAME.json``, error records ``NAME.error.json`` (removed when the document is
    converted later). Each file is written to a temporary name and renamed, so a file that exists
    is complete.
    """

    def __init__(self, root: Path, naming: Literal["sha256", "path"] = "sha256") -> None:
        self.root = root
        self.naming = naming
        self.description = f"{path_text(root)}/"
        self.notes: list[str] = []
        self._done: set[str] = set()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError.from_os_error(root, error) from error
        for path in sorted(root.rglob("*")):
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)  # a write interrupted before its rename
            elif path.is_file() and path.suffix == ".json" and not path.name.endswith(".error.json"):
                try:
                    data = json.loads(path.read_bytes())
                except ValueError:
                    self.notes.append(f"{path_text(path)}: not JSON; ignored")
                    continue
                sha = record_sha256(data) if isinstance(data, dict) else None
                if sha and data.get("schema_version") == SCHEMA_VERSION:
                    self._done.add(sha)

    def _name(self, record: BatchRecord) -> Path:
        if self.naming == "path":
            stem = safe_relative_name(record.source.relpath)
        elif record.sha256:
            stem = record.sha256
        else:
            stem = "path-" + hashlib.sha256(os.fsencode(record.source.relpath)).hexdigest()[:16]
        return self.root / stem

    def completed(self) -> set[str]:
        """Documents with a report file of the current schema version."""
        return set(self._done)

    def write(self, record: BatchRecord) -> None:
        """Write the record's file atomically; a report replaces the document's error file."""
        stem = self._name(record)
        target = stem.with_name(stem.name + (".json" if record.ok else ".error.json"))
        try:
            atomic_write(target, record.json_line().encode("utf-8"))
            if record.ok:
                stem.with_name(stem.name + ".error.json").unlink(missing_ok=True)
        except OSError as error:
            raise OutputError.from_os_error(target, error) from error
        if record.ok and record.sha256:
            self._done.add(record.sha256)

    def close(self, *, finished: bool) -> None:
        """Nothing to release: every file is complete once written."""
