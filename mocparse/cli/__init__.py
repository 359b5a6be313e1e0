"""Command-line interface (``mocparse``)."""
