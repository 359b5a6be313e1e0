"""Convert a folder of reports in parallel: the engine of ``mocparse batch`` (docs/batch.md).

The parent process finds the files, hashes them, skips those the outputs already hold, and hands
each remaining file to a worker process. Workers load the rules and models once, then convert one
file at a time, so a file that hangs (``timeout``) or kills its worker (``internal_error``) costs
that file only: the worker is replaced and the batch goes on. Only the parent writes output, through
*sinks*: a JSONL file (:class:`JsonlSink`), a folder of JSON files (:class:`DirSink`) or a database
(:class:`mocparse.db.load.DbSink`).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import multiprocessing
import os
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

from mocparse import __version__
from mocparse.errors import ErrorKind, MocparseError
from mocparse.readers.base import READER_FORMATS, ReadOptions, file_sha256
from mocparse.records import SCHEMA_VERSION

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

try:  # POSIX: one writer per output file
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

DEFAULT_TIMEOUT_S = 120.0
"""Default per-document time limit of ``mocparse batch`` (``--timeout``), seconds."""

SKIP_SUFFIXES = frozenset(
    {
        # images (scans are not readable without OCR; a scanned PDF is still tried and reported)
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico", ".heic", ".heif",
        ".psd", ".raw", ".cr2", ".nef", ".dng",
        # audio and video
        ".mp3", ".wav", ".ogg", ".flac", ".m4a", ".mp4", ".avi", ".mov", ".mkv", ".wmv", ".webm",
        # structured data (mocparse's own outputs, gold files, exports): text, but not reports
        ".json", ".jsonl", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".sqlite", ".db", ".xlsx", ".xls",
    }
)  # fmt: skip
"""Extensions of obvious non-documents, skipped without being read. Every other file is tried."""

SKIP_NAMES = frozenset({"thumbs.db", "desktop.ini"})
"""File names of operating-system clutter, skipped (as are hidden files and folders)."""

_WORKER_START_LIMIT_S = 300.0
_MAX_START_FAILURES = 3


class BatchError(Exception):
    """The batch cannot run at all (outputs locked or unreadable, workers cannot start)."""


class OutputError(BatchError):
    """An output cannot be written (unwritable path, disk full); what was written before is complete."""

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> OutputError:
        """The error for a failed write to ``path``, in one line."""
        return cls(f"cannot write {path}: {write_error_text(error)}")


def write_error_text(error: OSError) -> str:
    """Why a file could not be written, in a few words: ``No space left on device``, or for a path
    under a regular file, ``<that file> is a file, not a folder``."""
    if isinstance(error, FileExistsError | NotADirectoryError) and error.filename:
        for parent in Path(os.fsdecode(error.filename)).parents:
            if parent.exists():
                if not parent.is_dir():
                    return f"{parent} is a file, not a folder"
                break
        if isinstance(error, FileExistsError):
            return f"{error.filename} is a file, not a folder"
    return f"{error.strerror or error}" + (f" ({error.filename})" if error.filename else "")


# -- what a batch works on and produces ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """A file found in the source folder, hashed by the parent."""

    path: Path
    relpath: str
    sha256: str | None
    size: int | None
    read_error: tuple[ErrorKind, str] | None = None


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One output record: a converted report (``line`` is its JSON) or an error."""

    source: Source
    sha256: str | None
    line: str | None = None
    error_kind: str | None = None
    error_message: str | None = None
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether the document was converted."""
        return self.line is not None

    def error_json(self) -> str:
        """The error record as one JSON line (without the newline)."""
        return json.dumps(
            {
                "error": {"kind": self.error_kind, "message": self.error_message},
                "path": str(self.source.path),
                "sha256": self.sha256,
                "size": self.source.size,
                "schema_version": SCHEMA_VERSION,
                "mocparse_version": __version__,
            },
            ensure_ascii=False,
        )

    def json_line(self) -> str:
        """The record as it is written to a JSONL file (without the newline)."""
        return self.line if self.line is not None else self.error_json()


def error_record(source: Source, kind: ErrorKind | str, message: str, elapsed_s: float = 0.0) -> BatchRecord:
    """An error record for ``source``."""
    return BatchRecord(source, source.sha256, error_kind=str(kind), error_message=message, elapsed_s=elapsed_s)


class Sink(Protocol):
    """Where a batch writes its records; implemented by JSONL, a folder of JSON and a database."""

    description: str

    def completed(self) -> set[str]:
        """SHA-256 of the documents this output already holds, converted with the current schema."""
        ...

    def write(self, record: BatchRecord) -> None:
        """Store one record durably before returning."""
        ...

    def close(self, *, finished: bool) -> None:
        """Release the output; ``finished`` is False when the batch stopped early."""
        ...


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


# -- finding files ------------------------------------------------------------------------------


def discover(root: Path, exclude: Iterable[Path] = ()) -> tuple[list[Path], list[Path]]:
    """Every candidate file under ``root`` (sorted) and the files skipped as obvious non-documents.

    Hidden files and folders, operating-system clutter (:data:`SKIP_NAMES`), files with an
    extension of :data:`SKIP_SUFFIXES` and the paths in ``exclude`` (the batch's own outputs)
    are skipped; every other file is a candidate, whatever its extension: formats are told by content.
    """
    excluded = {path.resolve() for path in exclude}
    candidates: list[Path] = []
    ignored: list[Path] = []
    for directory, subdirectories, files in os.walk(root):
        base = Path(directory)
        subdirectories[:] = sorted(
            name for name in subdirectories if not name.startswith(".") and (base / name).resolve() not in excluded
        )
        for name in sorted(files):
            path = base / name
            if path.resolve() in excluded:
                continue
            if name.startswith(".") or name.lower() in SKIP_NAMES or path.suffix.lower() in SKIP_SUFFIXES:
                ignored.append(path)
            else:
                candidates.append(path)
    return candidates, ignored


def hash_source(path: Path, root: Path) -> Source:
    """Hash a file for the resume check; a file that cannot be read gets ``read_error`` (kind, message)."""
    relpath = path.relative_to(root).as_posix()
    if not path.exists():
        return Source(path, relpath, None, None, read_error=(ErrorKind.NOT_FOUND, "file not found (a broken link?)"))
    if not path.is_file():  # a FIFO or a device would block the read
        return Source(path, relpath, None, None, read_error=(ErrorKind.UNSUPPORTED, "not a regular file"))
    try:
        size = path.stat().st_size
        return Source(path, relpath, file_sha256(path), size)
    except OSError as error:
        message = f"cannot read the file ({error.strerror or error})"
        return Source(path, relpath, None, None, read_error=(ErrorKind.INTERNAL, message))


def default_jobs() -> int:
    """Worker processes to use by default: every core this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


# -- worker processes ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FaultHooks:
    """TEST-ONLY fault injection, read by :meth:`from_env` from ``MOCPARSE_TEST_*`` variables.

    ``MOCPARSE_TEST_CRASH_ON=text`` makes a worker ``os._exit`` on a file whose name contains
    ``text``; ``MOCPARSE_TEST_HANG_ON=text`` makes it hang; ``MOCPARSE_TEST_DELAY_S=seconds``
    slows every file down. They exist so the tests can check worker death, time limits and
    interrupted runs; never set them in production (docs/batch.md).
    """

    crash_on: str = ""
    hang_on: str = ""
    delay_s: float = 0.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> FaultHooks:
        """Hooks from the environment (the parent reads them and passes them to each worker)."""
        env = os.environ if environ is None else environ
        return cls(
            crash_on=env.get("MOCPARSE_TEST_CRASH_ON", ""),
            hang_on=env.get("MOCPARSE_TEST_HANG_ON", ""),
            delay_s=float(env.get("MOCPARSE_TEST_DELAY_S", "0") or 0),
        )

    def apply(self, path: Path) -> None:
        """Inject the configured fault for ``path`` (no-op when no hook is set)."""
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.crash_on and self.crash_on in path.name:
            os._exit(70)
        if self.hang_on and self.hang_on in path.name:
            time.sleep(1e6)


def warm_up() -> None:
    """Load the rules, the spaCy pipeline, pymorphy3 and every reader into this process."""
    from mocparse.nlp.annotate import blank_russian
    from mocparse.nlp.morph import morph
    from mocparse.rules import default_rules

    default_rules()
    blank_russian()
    morph()
    for module in sorted(set(READER_FORMATS.values())):
        importlib.import_module(module)


Outcome = tuple[Literal["ok", "error"], str, str]


def convert_file(path: Path, options: ReadOptions | None = None, hooks: FaultHooks | None = None) -> Outcome:
    """Convert one file: ``("ok", sha256, report JSON)`` or ``("error", kind, message)``; never raises."""
    from mocparse.pipeline import parse

    if hooks is not None:
        hooks.apply(path)
    try:
        report = parse(path, options=options)
    except MocparseError as error:
        return "error", error.kind.value, error.reason
    except Exception as error:  # the worker is a fault boundary: any bug becomes an error record
        return "error", ErrorKind.INTERNAL.value, f"{type(error).__name__}: {error}"
    return "ok", report.source.sha256, report.model_dump_json()


def _exit_with_parent(parent: int) -> None:
    """Stop this worker when the process that started it is gone (the batch was killed)."""
    while True:
        time.sleep(2.0)
        if os.getppid() != parent:
            os._exit(1)


def _worker_main(conn: Connection, options: ReadOptions | None, hooks: FaultHooks) -> None:
    """Entry point of a worker process: warm up once, then convert files until told to stop."""
    if hasattr(os, "setsid"):
        # Own process group: a timeout kill reaches LibreOffice children too, and Ctrl-C goes to the parent only.
        os.setsid()
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        warm_up()
    except Exception as error:
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        started = time.perf_counter()
        outcome = convert_file(Path(path), options, hooks)
        conn.send(("done", index, *outcome, time.perf_counter() - started))


def _mp_context() -> BaseContext:
    """A fork server that has imported the pipeline once (spawn where there is none)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["mocparse.pipeline"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        with suppress(ValueError):
            return f"the worker process was killed by {signal.Signals(-exitcode).name}"
    if exitcode is None:
        return "the worker process stopped responding"
    return f"the worker process exited with code {exitcode}"


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    spawned: float
    ready: bool = False
    task: tuple[int, Source] | None = None
    started: float = 0.0


class WorkerPool:
    """Worker processes that convert one file each at a time, with a per-file time limit.

    Unlike :class:`concurrent.futures.ProcessPoolExecutor`, each file is tied to one worker, so
    a crash or a hang is charged to the right file and only that worker is replaced.
    """

    def __init__(self, size: int, *, timeout_s: float | None, options: ReadOptions | None, hooks: FaultHooks) -> None:
        self.size = max(1, size)
        self.timeout_s = timeout_s if timeout_s and timeout_s > 0 else None
        self.options = options
        self.hooks = hooks
        self._context = _mp_context()
        self._workers: list[_Worker] = []
        self._start_failures = 0

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main, args=(child_end, self.options, self.hooks), name="mocparse-worker", daemon=True
        )
        try:
            process.start()
        except (OSError, EOFError) as error:  # e.g. the fork server died importing mocparse
            parent_end.close()
            raise BatchError(
                f"cannot start a worker process ({type(error).__name__}: {error}); see the messages above"
            ) from error
        finally:
            child_end.close()
        return _Worker(process, parent_end, time.monotonic())

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            with suppress(OSError):
                if worker.ready and hasattr(os, "killpg"):
                    os.killpg(worker.process.pid, signal.SIGKILL)  # the worker leads its own process group
            with suppress(OSError):
                worker.process.kill()
        worker.process.join(5)
        if worker.process.is_alive():  # pragma: no cover - a graceful stop that did not happen
            worker.process.kill()
            worker.process.join(5)
        worker.conn.close()

    def run(self, sources: Sequence[Source], emit: Callable[[BatchRecord], None]) -> None:
        """Convert ``sources``, calling ``emit`` with each record as it is ready (in the calling thread)."""
        pending = deque(enumerate(sources))
        try:
            self._workers = [self._spawn() for _ in range(min(self.size, len(pending)))]
            while pending or any(worker.task for worker in self._workers):
                self._dispatch(pending)
                self._collect(pending, emit)
        except BaseException:
            for worker in self._workers:
                self._stop(worker, kill=True)
            self._workers = []
            raise
        for worker in self._workers:
            with suppress(OSError):
                worker.conn.send(None)
        for worker in self._workers:
            self._stop(worker, kill=False)
        self._workers = []

    def _dispatch(self, pending: deque[tuple[int, Source]]) -> None:
        for worker in self._workers:
            if worker.ready and worker.task is None and pending:
                worker.task = pending.popleft()
                worker.started = time.monotonic()
                # if the worker just died, _collect sees its sentinel and charges the file to it
                with suppress(OSError):
                    worker.conn.send((worker.task[0], str(worker.task[1].path)))

    def _wait_s(self) -> float:
        now = time.monotonic()
        limits = [1.0]
        for worker in self._workers:
            if worker.task is not None and self.timeout_s is not None:
                limits.append(worker.started + self.timeout_s - now)
            elif not worker.ready:
                limits.append(worker.spawned + _WORKER_START_LIMIT_S - now)
        return max(0.0, min(limits))

    def _collect(self, pending: deque[tuple[int, Source]], emit: Callable[[BatchRecord], None]) -> None:
        handles = [handle for worker in self._workers for handle in (worker.conn, worker.process.sentinel)]
        ready = set(wait(handles, self._wait_s()))
        replaced: list[_Worker] = []
        for worker in list(self._workers):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    self._worker_died(worker, emit)
                    replaced.append(worker)
                    continue
                self._handle(worker, message, emit)
            elif worker.process.sentinel in ready:
                self._worker_died(worker, emit)
                replaced.append(worker)
            elif worker.task is not None and self.timeout_s is not None:
                if time.monotonic() - worker.started >= self.timeout_s:
                    self._stop(worker, kill=True)
                    source = worker.task[1]
                    emit(
                        error_record(
                            source,
                            ErrorKind.TIMEOUT,
                            f"conversion took longer than {self.timeout_s:g} s (--timeout); the worker was stopped",
                            self.timeout_s,
                        )
                    )
                    replaced.append(worker)
            elif not worker.ready and time.monotonic() - worker.spawned > _WORKER_START_LIMIT_S:
                raise BatchError(f"a worker process did not start within {_WORKER_START_LIMIT_S:g} s")
        for worker in replaced:
            self._workers.remove(worker)
            if pending:
                self._workers.append(self._spawn())

    def _handle(self, worker: _Worker, message: tuple[Any, ...], emit: Callable[[BatchRecord], None]) -> None:
        if message[0] == "ready":
            worker.ready = True
            self._start_failures = 0
        elif message[0] == "failed":
            raise BatchError(f"a worker process could not load the models: {message[1]}")
        elif message[0] == "done" and worker.task is not None:
            _, _, status, first, second, elapsed = message
            source = worker.task[1]
            worker.task = None
            if status == "ok":
                emit(BatchRecord(source, first, line=second, elapsed_s=elapsed))
            else:
                emit(error_record(source, first, second, elapsed))

    def _worker_died(self, worker: _Worker, emit: Callable[[BatchRecord], None]) -> None:
        self._stop(worker, kill=True)
        reason = _death_reason(worker.process.exitcode)
        if worker.task is not None:
            elapsed = time.monotonic() - worker.started
            message = f"{reason} while converting this file (a crash or out of memory); the worker was replaced"
            emit(error_record(worker.task[1], ErrorKind.INTERNAL, message, elapsed))
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= _MAX_START_FAILURES:
                raise BatchError(f"worker processes die while starting ({reason})")


# -- the batch ----------------------------------------------------------------------------------


def plan_batch(
    src: Path, sinks: Sequence[Sink], *, jobs: int | None = None, exclude: Iterable[Path] = ()
) -> tuple[BatchPlan, list[BatchRecord]]:
    """Find and hash the files, and decide which to convert; also the records of unreadable files."""
    candidates, ignored = discover(src, exclude)
    completed: set[str] | None = None
    for sink in sinks:
        completed = sink.completed() if completed is None else completed & sink.completed()
    completed = completed or set()
    plan = BatchPlan(len(candidates) + len(ignored), ignored, [], [], [], jobs or default_jobs())
    unreadable: list[BatchRecord] = []
    first_of: dict[str, Source] = {}
    for path in candidates:
        source = hash_source(path, src)
        if source.read_error is not None:
            unreadable.append(error_record(source, *source.read_error))
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
    options: ReadOptions | None = None,
    exclude: Iterable[Path] = (),
    hooks: FaultHooks | None = None,
    on_plan: Callable[[BatchPlan], None] | None = None,
    on_record: Callable[[BatchRecord], None] | None = None,
) -> BatchSummary:
    """Convert every document under ``src`` not yet in ``sinks``; one record per file, failures included.

    Raises whatever a sink raises (e.g. :class:`mocparse.db.DatabaseUnavailableError`) after stopping the
    workers and closing every sink as unfinished; records written before stay valid.
    """
    started = time.perf_counter()
    plan, unreadable = plan_batch(src, sinks, jobs=jobs, exclude=exclude)
    if on_plan is not None:
        on_plan(plan)
    summary = BatchSummary(plan)

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
            pool = WorkerPool(plan.jobs, timeout_s=timeout_s, options=options, hooks=hooks or FaultHooks.from_env())
            pool.run(plan.to_convert, emit)
        finished = True
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        summary.elapsed_s = time.perf_counter() - started
        for sink in sinks:
            sink.close(finished=finished)
    return summary


# -- JSONL output -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """A line of a JSONL file: ``data`` when it is a JSON object, else ``problem`` says why not."""

    number: int
    offset: int
    raw: bytes
    data: dict[str, Any] | None
    problem: str | None = None
    torn: bool = False


def iter_jsonl(path: Path) -> Iterator[JsonlLine]:
    """Every line of a JSONL file; a last line without its newline (an interrupted write) is ``torn``."""
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            torn = not raw.endswith(b"\n")
            if torn:
                yield JsonlLine(number, offset, raw, None, "torn last line (an interrupted write); ignored", True)
            elif raw.strip():
                try:
                    data = json.loads(raw)
                except ValueError as error:
                    yield JsonlLine(number, offset, raw, None, f"not JSON ({error})")
                else:
                    if isinstance(data, dict):
                        yield JsonlLine(number, offset, raw, data)
                    else:
                        yield JsonlLine(number, offset, raw, None, "not a JSON object")
            offset += len(raw)


def is_error_record(data: dict[str, Any]) -> bool:
    """Whether a record is an error record (rather than a Report)."""
    return "error" in data


def record_sha256(data: dict[str, Any]) -> str | None:
    """The document SHA-256 of a Report or an error record."""
    if is_error_record(data):
        return data.get("sha256")
    source = data.get("source")
    return source.get("sha256") if isinstance(source, dict) else None


def _record_key(data: dict[str, Any]) -> str:
    sha = record_sha256(data)
    return sha if sha else f"path:{data.get('path')}"


def _is_current_report(data: dict[str, Any]) -> bool:
    return not is_error_record(data) and data.get("schema_version") == SCHEMA_VERSION


def _fsync_directory(directory: Path) -> None:
    with suppress(OSError, AttributeError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file in the same folder, fsync'ed, then renamed over it;
    on failure (disk full) the temporary file is removed and ``path`` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _lock(handle: IO[bytes], path: Path) -> None:
    if fcntl is None:  # pragma: no cover - Windows
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        handle.close()
        raise BatchError(f"{path}: another mocparse batch is writing this output") from error


class JsonlSink:
    """Append records to a JSONL file, one line each, flushed and fsync'ed before the next.

    On open, a torn last line left by a killed run is cut off (and reported in ``notes``); lines
    already there tell which documents are done. When a run finishes, records superseded by a
    later one for the same document (a retried error, an older schema) are compacted away through
    a temporary file renamed over the output, so the file holds one record per document.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = str(path)
        self.notes: list[str] = []
        self._done: set[str] = set()
        self._lines_per_key: dict[str, int] = {}
        self._foreign_lines = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # unbuffered: a failed write leaves nothing pending that a later close would retry
            self._handle: IO[bytes] = path.open("ab", buffering=0)
        except OSError as error:
            raise OutputError.from_os_error(path, error) from error
        _lock(self._handle, path)
        keep = 0
        if path.stat().st_size:
            for line in iter_jsonl(path):
                if line.torn:
                    self.notes.append(
                        f"{path}:{line.number}: dropped a torn last line ({len(line.raw)} bytes) left by an "
                        "interrupted run; that document is converted again"
                    )
                    break
                keep = line.offset + len(line.raw)
                if line.data is None or (not record_sha256(line.data) and not is_error_record(line.data)):
                    self._foreign_lines += 1
                    self.notes.append(f"{path}:{line.number}: {line.problem or 'not a mocparse record'}; ignored")
                    continue
                self._count(_record_key(line.data), current=_is_current_report(line.data))
            if keep < path.stat().st_size:
                self._handle.truncate(keep)
                self._handle.flush()
                os.fsync(self._handle.fileno())

    def _count(self, key: str, *, current: bool) -> None:
        self._lines_per_key[key] = self._lines_per_key.get(key, 0) + 1
        if current:
            self._done.add(key)

    def completed(self) -> set[str]:
        """Documents with a record of the current schema version (error records are retried)."""
        return set(self._done)

    def write(self, record: BatchRecord) -> None:
        """Append one line and make it durable (fsync) before returning. When that fails (disk full),
        the part of the line already written is cut off again and :class:`OutputError` is raised."""
        if record.ok and record.sha256 in self._done:
            return  # already in this file (another output asked for it again)
        data = memoryview(record.json_line().encode("utf-8") + b"\n")
        end = os.fstat(self._handle.fileno()).st_size
        try:
            written = 0
            while written < len(data):  # a raw write may be short
                written += self._handle.write(data[written:]) or 0
            os.fsync(self._handle.fileno())
        except OSError as error:
            with suppress(OSError):
                self._handle.truncate(end)  # frees space, so it works on a full disk too
                os.fsync(self._handle.fileno())
            raise OutputError.from_os_error(self.path, error) from error
        self._count(record.sha256 or f"path:{record.source.path}", current=record.ok)

    def close(self, *, finished: bool) -> None:
        """Close the file; after a finished run, compact superseded records away."""
        if self._handle.closed:
            return
        try:
            if finished and self._foreign_lines == 0 and any(count > 1 for count in self._lines_per_key.values()):
                try:
                    self.compact()
                except OSError as error:  # e.g. no room for the compacted copy: the file stays valid as it is
                    self.notes.append(
                        f"{self.path}: not compacted ({error.strerror or error}); it is valid as it is, "
                        "superseded records are dropped by the next finished run"
                    )
        finally:
            self._handle.close()

    def compact(self) -> int:
        """Keep one line per document (its last Report, else its last error record); return lines dropped."""
        chosen: dict[str, tuple[int, bool]] = {}
        for line in iter_jsonl(self.path):
            if line.data is None:
                continue
            key = _record_key(line.data)
            ok = not is_error_record(line.data)
            previous = chosen.get(key)
            if previous is None or ok or not previous[1]:
                chosen[key] = (line.number, ok)
        keep = {number for number, _ in chosen.values()}
        kept: list[bytes] = []
        dropped = 0
        for line in iter_jsonl(self.path):
            if line.number in keep:
                kept.append(line.raw)
            else:
                dropped += 1
        atomic_write(self.path, b"".join(kept))
        self.notes.append(f"{self.path}: compacted, {dropped} superseded line(s) removed")
        return dropped


def read_jsonl_status(path: Path) -> tuple[set[str], set[str], list[str]]:
    """(documents converted with the current schema, documents with only an error record, problems)."""
    converted: set[str] = set()
    errors: set[str] = set()
    problems: list[str] = []
    for line in iter_jsonl(path):
        if line.data is None:
            problems.append(f"{path}:{line.number}: {line.problem}")
        elif is_error_record(line.data):
            errors.add(_record_key(line.data))
        elif _is_current_report(line.data):
            converted.add(_record_key(line.data))
    return converted, errors - converted, problems


# -- a folder of JSON files ---------------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_relative_name(relpath: str) -> str:
    """A relative path made safe as a file name: no hidden or parent parts, no odd characters."""
    parts = [_UNSAFE.sub("_", part).lstrip(".") or "_" for part in relpath.split("/") if part not in ("", ".", "..")]
    return "/".join(parts) or "_"


class DirSink:
    """One JSON file per document in a folder, named by SHA-256 (default) or by a safe relative path.

    Reports are ``NAME.json``, error records ``NAME.error.json`` (removed when the document is
    converted later). Each file is written to a temporary name and renamed, so a file that exists
    is complete.
    """

    def __init__(self, root: Path, naming: Literal["sha256", "path"] = "sha256") -> None:
        self.root = root
        self.naming = naming
        self.description = f"{root}/"
        self.notes: list[str] = []
        self._done: set[str] = set()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError.from_os_error(root, error) from error
        for path in sorted(root.rglob("*")):
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)  # a write interrupted before its rename
            elif path.is_file() and path.suffix == ".json" and not path.name.endswith(".error.json"):
                try:
                    data = json.loads(path.read_bytes())
                except ValueError:
                    self.notes.append(f"{path}: not JSON; ignored")
                    continue
                sha = record_sha256(data) if isinstance(data, dict) else None
                if sha and data.get("schema_version") == SCHEMA_VERSION:
                    self._done.add(sha)

    def _name(self, record: BatchRecord) -> Path:
        if self.naming == "path":
            stem = safe_relative_name(record.source.relpath)
        elif record.sha256:
            stem = record.sha256
        else:
            stem = "path-" + hashlib.sha256(record.source.relpath.encode("utf-8")).hexdigest()[:16]
        return self.root / stem

    def completed(self) -> set[str]:
        """Documents with a report file of the current schema version."""
        return set(self._done)

    def write(self, record: BatchRecord) -> None:
        """Write the record's file atomically; a report replaces the document's error file."""
        stem = self._name(record)
        target = stem.with_name(stem.name + (".json" if record.ok else ".error.json"))
        try:
            atomic_write(target, record.json_line().encode("utf-8"))
            if record.ok:
                stem.with_name(stem.name + ".error.json").unlink(missing_ok=True)
        except OSError as error:
            raise OutputError.from_os_error(target, error) from error
        if record.ok and record.sha256:
            self._done.add(record.sha256)

    def close(self, *, finished: bool) -> None:
        """Nothing to release: every file is complete once written."""
