"""Defaults shared by the batch runner and the command line, in a module that imports nothing, so
that the command line starts without loading the batch machinery."""

from __future__ import annotations

DEFAULT_TIMEOUT_S = 120.0
"""Default per-document time limit of ``mocparse batch`` (``--timeout``), seconds."""
DEFAULT_MAX_MEMORY_MB = 2048
"""Default memory limit of one worker process (``--max-memory``), MiB: models included."""
