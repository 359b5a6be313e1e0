"""Every exit code of the ``mocparse`` command, defined once (docs/cli.md lists them)."""

from __future__ import annotations

from mocparse.errors import ErrorKind

EXIT_OK = 0
EXIT_INTERNAL = 1
"""A bug (a traceback), or the batch could not run at all (output locked, workers cannot start)."""
EXIT_BATCH_ERROR = 1
EXIT_USAGE = 2
"""A usage error (Click's own, or no pseudonymization key); also ``not_found``."""
EXIT_OUTPUT = 11
"""An output could not be written (unwritable path, disk full); no half-written file is left."""
EXIT_SOME_FAILED = 12
"""Some documents could not be converted (error records written) or some records were not loaded."""
EXIT_DATABASE = 13
"""The database is unreachable, went away, or has a schema this mocparse cannot use."""
EXIT_OUT_OF_MEMORY = 14
"""The process ran out of memory."""
EXIT_RULES = 15
"""A rules file (``--rules``, ``$MOCPARSE_RULES``) is missing or invalid."""
EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C; everything written so far is valid and a rerun resumes."""

EXIT_CODES: dict[ErrorKind, int] = {
    ErrorKind.INTERNAL: EXIT_INTERNAL,
    ErrorKind.NOT_FOUND: 2,
    ErrorKind.UNSUPPORTED: 3,
    ErrorKind.EMPTY: 4,
    ErrorKind.CORRUPT: 5,
    ErrorKind.ENCRYPTED: 6,
    ErrorKind.SCANNED: 7,
    ErrorKind.TOO_LARGE: 8,
    ErrorKind.MISSING_TOOL: 9,
    ErrorKind.TIMEOUT: 10,
    ErrorKind.OUT_OF_MEMORY: EXIT_OUT_OF_MEMORY,
    ErrorKind.LINK_OUTSIDE: 3,  # batch only: a link leaving the source folder is not read
}
"""Exit code of a command that stops on a document error of each kind."""
