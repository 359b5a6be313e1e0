"""A batch from start to end: find and hash the files, skip what the outputs hold, convert the rest."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mocparse.batch.discover import default_jobs, discover, hash_source
from mocparse.batch.pool import Converter, WorkerPool, WorkerSettings
from mocparse.batch.records import BatchRecord, Source, error_record
from mocparse.batch.sinks import Sink
from mocparse.defaults import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S
from mocparse.readers.base import ReadOptions


@dataclass(slots=True)
class BatchPlan:
    """What a batch is about to do, known before the first conversion."""

    found: int
    ignored: list[Path]
    skipped: list[Source]
    duplicates: list[tuple[Source, Source]]
    to_convert: list[Source]
    jobs: int


@dataclass(slots=True)
class BatchSummary:
    """What a batch did."""

    plan: BatchPlan
    converted: int = 0
    failed: list[BatchRecord] = field(default_factory=list)
    elapsed_s: float = 0.0
    interrupted: bool = False

    @property
    def attempted(self) -> int:
        """Files converted or failed in this run."""
        return self.converted + len(self.failed)


def plan_batch(
    src: Path,
    sinks: Sequence[Sink],
    *,
    jobs: int | None = None,
    exclude: Iterable[Path] = (),
    follow_links: bool = False,
) -> tuple[BatchPlan, list[BatchRecord]]:
    """Find and hash the files, and decide which to convert; also the records of files not to be read."""
    candidates, ignored = discover(src, exclude, follow_links=follow_links)
    completed: set[str] | None = None
    for sink in sinks:
        completed = sink.completed() if completed is None else completed & sink.completed()
    completed = completed or set()
    plan = BatchPlan(len(candidates) + len(ignored), ignored, [], [], [], jobs or default_jobs())
    unreadable: list[BatchRecord] = []
    first_of: dict[str, Source] = {}
    for path in candidates:
        source = hash_source(path, src, follow_links=follow_links)
        if source.read_error is not None or source.sha256 is None:
            unreadable.append(error_record(source, *(source.read_error or ("internal_error", "not hashed"))))
        elif source.sha256 in first_of:
            plan.duplicates.append((source, first_of[source.sha256]))
        elif source.sha256 in completed:
            first_of[source.sha256] = source
            plan.skipped.append(source)
        else:
            first_of[source.sha256] = source
            plan.to_convert.append(source)
    plan.to_convert.sort(key=lambda source: -(source.size or 0))  # largest first: the last files finish together
    plan.jobs = max(1, min(plan.jobs, len(plan.to_convert) or 1))
    return plan, unreadable


def run_batch(
    src: Path,
    sinks: Sequence[Sink],
    *,
    jobs: int | None = None,
    timeout_s: float | None = DEFAULT_TIMEOUT_S,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    options: ReadOptions | None = None,
    rules_dir: Path | None = None,
    exclude: Iterable[Path] = (),
    follow_links: bool = False,
    converter: Converter | None = None,
    on_plan: Callable[[BatchPlan], None] | None = None,
    on_record: Callable[[BatchRecord], None] | None = None,
) -> BatchSummary:
    """Convert every document under ``src`` not yet in ``sinks``; one record per file, failures included.

    Each document gets at most ``timeout_s`` seconds and its worker at most ``max_memory_mb`` MiB
    (None: unbounded); workers use the rules of ``rules_dir``, by default those this process uses
    (:func:`mocparse.rules.rules_in_use`). ``converter`` replaces :func:`mocparse.batch.convert_file`
    (tests inject faults with it). Raises whatever a sink raises (e.g.
    :class:`mocparse.db.DatabaseUnavailableError`) after stopping the workers and closing every sink
    as unfinished; records written before stay valid.
    """
    from mocparse.rules import rules_in_use

    started = time.perf_counter()
    plan, unreadable = plan_batch(src, sinks, jobs=jobs, exclude=exclude, follow_links=follow_links)
    if on_plan is not None:
        on_plan(plan)
    summary = BatchSummary(plan)
    settings = WorkerSettings(
        options=options,
        rules_dir=rules_dir or rules_in_use(),
        max_memory_mb=max_memory_mb or None,
        converter=converter,
    )

    def emit(record: BatchRecord) -> None:
        for sink in sinks:
            sink.write(record)
        if record.ok:
            summary.converted += 1
        else:
            summary.failed.append(record)
        if on_record is not None:
            on_record(record)

    finished = False
    try:
        for record in unreadable:
            emit(record)
        if plan.to_convert:
            WorkerPool(plan.jobs, timeout_s=timeout_s, settings=settings).run(plan.to_convert, emit)
        finished = True
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        summary.elapsed_s = time.perf_counter() - started
        for sink in sinks:
            sink.close(finished=finished)
    return summary
