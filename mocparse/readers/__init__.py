"""Readers: one module per format, each turning a file into a :class:`~mocparse.document.Document`.

Use :func:`read` (dispatch by content, not by extension) unless you need a specific reader.
"""

from mocparse.readers.base import READER_FORMATS, ReadOptions, detect_format, read

__all__ = ["READER_FORMATS", "ReadOptions", "detect_format", "read"]
