"""Keep third-party chatter off standard error in the processes mocparse runs (the CLI, batch workers)."""

from __future__ import annotations

import logging

NOISY_LOGGERS = ("pdfminer", "pdfplumber", "PIL")
"""Libraries that log warnings mocparse reports better itself (pdfminer: "Could not get FontBBox …")."""


def quiet_libraries() -> None:
    """Raise the level of :data:`NOISY_LOGGERS` to ERROR. Called by the command line and by batch
    workers only; a program that imports mocparse keeps its own logging configuration."""
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
