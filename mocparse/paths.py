"""File paths as text that can always be written: to JSON, a terminal, a database, a file name.

A file name is bytes. When they are not UTF-8 (a name made on another system, an old archive
in CP1251), Python keeps the bad bytes as lone surrogates (``\\udcff``), which no UTF-8 writer
accepts. :func:`path_text` writes those bytes as ``\\xff``, so a record still says which file
it is (the SHA-256 is the key; the path is for people).
"""

from __future__ import annotations

import os


def path_text(path: str | os.PathLike[str] | bytes) -> str:
    """``path`` as valid Unicode: bytes that are not UTF-8 become ``\\xNN`` (``\\udcNN`` for other lone
    surrogates); a valid path is returned unchanged."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a lone surrogate that no file-system decoding produced
        return os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8")
