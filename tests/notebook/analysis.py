"""What an analyst writes in a notebook, as a script: ``mypy --strict`` checks it (tests/test_api.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

import mocparse
from mocparse import ProgramCount, ReadOptions, Report, Rules


def analyse(folder: Path) -> dict[str, pd.DataFrame]:
    """Parse a folder of reports and return the program counts per municipality."""
    paths = sorted(folder.glob("*.txt"))
    reports: list[Report] = list(mocparse.parse_many(paths, options=ReadOptions(), errors="skip"))
    first: Report = mocparse.parse(paths[0].read_bytes(), name=paths[0].name)
    with paths[0].open("rb") as handle:
        again = mocparse.parse(handle, rules=Rules.load())
    from_buffer = mocparse.parse(io.BytesIO(paths[0].read_bytes()), name="buffer.txt")
    assert first.source.sha256 == again.source.sha256 == from_buffer.source.sha256
    counts: list[ProgramCount] = [count for report in reports for count in report.program_counts]
    assert all(isinstance(count.value, int) for count in counts)
    html: str = first._repr_html_()
    assert html.startswith("<iframe")
    frames = mocparse.to_frames(reports)
    programs = frames["program_counts"]
    by_municipality: pd.DataFrame = programs.groupby("municipality")["value"].count().reset_index()
    return {"documents": frames["documents"], "programs": programs, "by_municipality": by_municipality}
