"""A batch output that writes every record pseudonymized (``mocparse batch --pseudonymize``)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING

from mocparse.paths import path_text

if TYPE_CHECKING:
    from mocparse.batch import BatchRecord, Sink
    from mocparse.privacy.scrub import Pseudonymizer


class PseudonymizingSink:
    """Wraps a :class:`mocparse.batch.Sink`: reports, error records and their paths are pseudonymized
    before the wrapped output sees them."""

    def __init__(self, inner: Sink, pseudonymizer: Pseudonymizer) -> None:
        self.inner = inner
        self.pseudonymizer = pseudonymizer
        self.description = f"{inner.description} (pseudonymized)"

    @property
    def notes(self) -> list[str]:
        """The wrapped output's notes."""
        return list(getattr(self.inner, "notes", []))

    def completed(self) -> set[str]:
        """Documents the wrapped output holds."""
        return self.inner.completed()

    def write(self, record: BatchRecord) -> None:
        """Write ``record`` with names, contacts and the file path pseudonymized."""
        scrub = self.pseudonymizer.scrubber()
        scrub.learn(record.source.relpath, in_path=True)
        relpath = scrub(record.source.relpath, in_path=True)
        message = None
        if record.line is not None:
            line = self.pseudonymizer.record_json(record.line)
            path = json.loads(line)["source"]["path"]  # scrubbed knowing the report's persons
        else:
            line = None
            data = self.pseudonymizer.error_record(
                {"path": path_text(record.source.path), "error": {"message": record.error_message or ""}}
            )
            path = data["path"]
            if record.error_message is not None:
                message = data["error"]["message"]
        source = dataclasses.replace(record.source, path=Path(path), relpath=relpath)
        self.inner.write(dataclasses.replace(record, source=source, line=line, error_message=message))

    def close(self, *, finished: bool) -> None:
        """Close the wrapped output."""
        self.inner.close(finished=finished)
