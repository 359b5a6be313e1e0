"""Compatibility entry point: ``python -m mocparse.cli.main`` is ``python -m mocparse``."""

from __future__ import annotations

from mocparse.cli.app import app, main

__all__ = ["app", "main"]

if __name__ == "__main__":  # pragma: no cover
    main()
