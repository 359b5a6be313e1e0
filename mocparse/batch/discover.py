"""Finding the files of a batch: what is a candidate, what is skipped, how links are treated.

Symbolic links are the one place where a folder tree can point anywhere: at ``/etc/passwd``,
at itself. By default a link is followed only when it stays inside the source folder; a link
that leaves it, or that loops, becomes an error record (``link_outside_source``, ``not_found``)
and is not read. ``follow_links=True`` (``mocparse batch --follow-links``) follows every link,
folders included, and still visits each real folder once, so a loop ends.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from mocparse.batch.records import Source
from mocparse.errors import ErrorKind
from mocparse.readers.base import file_sha256

SKIP_SUFFIXES = frozenset(
    {
        # images (scans are not readable without OCR; a scanned PDF is still tried and reported)
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico", ".heic", ".heif",
        ".psd", ".raw", ".cr2", ".nef", ".dng",
        # audio and video
        ".mp3", ".wav", ".ogg", ".flac", ".m4a", ".mp4", ".avi", ".mov", ".mkv", ".wmv", ".webm",
        # structured data (mocparse's own outputs, gold files, exports): text, but not reports
        ".json", ".jsonl", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".sqlite", ".db", ".xlsx", ".xls",
    }
)  # fmt: skip
"""Extensions of obvious non-documents, skipped without being read. Every other file is tried."""

SKIP_NAMES = frozenset({"thumbs.db", "desktop.ini"})
"""File names of operating-system clutter, skipped (as are hidden files and folders)."""


def _real(path: Path | str) -> str:
    """The real path; never raises on a loop (``Path.resolve`` does)."""
    return os.path.realpath(path)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def discover(root: Path, exclude: Iterable[Path] = (), *, follow_links: bool = False) -> tuple[list[Path], list[Path]]:
    """Every candidate file under ``root`` (sorted) and the files skipped as obvious non-documents.

    Hidden files and folders, operating-system clutter (:data:`SKIP_NAMES`), files with an
    extension of :data:`SKIP_SUFFIXES` and the paths in ``exclude`` (the batch's own outputs)
    are skipped; every other file is a candidate, whatever its extension: formats are told by content.
    A link to a folder is descended only with ``follow_links``; without it, a folder link that
    leaves the tree or loops is a candidate, which :func:`hash_source` turns into an error record.
    """
    excluded = {_real(path) for path in exclude}
    real_root = _real(root)
    candidates: list[Path] = []
    ignored: list[Path] = []
    visited: set[str] = {real_root}
    for directory, subdirectories, files in os.walk(root, followlinks=follow_links):
        base = Path(directory)
        kept: list[str] = []
        for name in sorted(subdirectories):
            path = base / name
            real = _real(path)
            if name.startswith(".") or real in excluded:
                continue
            if path.is_symlink() and not follow_links:
                if not _inside(real, real_root) or _loops(path):
                    candidates.append(path)  # reported, never entered
                continue
            if real in visited:  # a link back up the tree, or a second way to one folder
                continue
            visited.add(real)
            kept.append(name)
        subdirectories[:] = kept
        for name in sorted(files):
            path = base / name
            if _real(path) in excluded:
                continue
            if name.startswith(".") or name.lower() in SKIP_NAMES or path.suffix.lower() in SKIP_SUFFIXES:
                ignored.append(path)
            else:
                candidates.append(path)
    return sorted(candidates), ignored


def _loops(path: Path) -> bool:
    try:
        path.stat()
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


def hash_source(path: Path, root: Path, *, follow_links: bool = False) -> Source:
    """Hash a file for the resume check; a file that cannot or must not be read gets ``read_error``."""
    relpath = path.relative_to(root).as_posix()

    def refused(kind: ErrorKind, message: str) -> Source:
        return Source(path, relpath, None, None, read_error=(kind, message))

    if path.is_symlink():
        if _loops(path):
            return refused(ErrorKind.NOT_FOUND, "a symbolic link loop; not followed")
        target = _real(path)
        if not follow_links and Path(target).exists() and not _inside(target, _real(root)):
            what = "folder" if Path(target).is_dir() else "file"
            return refused(
                ErrorKind.LINK_OUTSIDE,
                f"a link to a {what} outside the source folder; not followed (--follow-links follows it)",
            )
    if not path.exists():
        return refused(ErrorKind.NOT_FOUND, "file not found (a broken link?)")
    if not path.is_file():  # a FIFO or a device would block the read
        return refused(ErrorKind.UNSUPPORTED, "not a regular file")
    try:
        size = path.stat().st_size
        return Source(path, relpath, file_sha256(path), size)
    except OSError as error:
        return refused(ErrorKind.INTERNAL, f"cannot read the file ({error.strerror or error})")


def default_jobs() -> int:
    """Worker processes to use by default: every core this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1
