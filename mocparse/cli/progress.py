"""The progress bar of ``batch`` and ``load`` (on a terminal only) and stopping it on an error."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from mocparse.cli.common import say

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


def abort(progress: Progress | None, message: str, code: int) -> typer.Exit:
    """Stop the progress bar, print one error line, and give the exit to raise."""
    if progress is not None:
        progress.stop()
    say(message)
    return typer.Exit(code)


def progress_bar(console: Console, unit: str) -> Progress:
    """A bar with done/total, items per second, elapsed time and ETA."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
