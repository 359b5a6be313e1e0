"""Worker processes of a batch: one file per worker at a time, bounded in time and memory.

Workers load the rules and models once, then convert one file at a time, so a file that hangs
(``timeout``), needs too much memory (``out_of_memory``) or kills its worker (``internal_error``)
costs that file only: the worker is replaced and the batch goes on. A worker never outlives the
batch: it dies with the process that started it, quietly.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from mocparse.batch.records import BatchError, BatchRecord, Source, error_record
from mocparse.defaults import DEFAULT_MAX_MEMORY_MB
from mocparse.errors import ErrorKind, MocparseError
from mocparse.quiet import quiet_libraries
from mocparse.readers.base import READER_FORMATS, ReadOptions

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess


_WORKER_START_LIMIT_S = 300.0
_MAX_START_FAILURES = 3

Outcome = tuple[Literal["ok", "error"], str, str]
"""``("ok", sha256, report JSON)`` or ``("error", kind, message)``."""
Converter = Callable[[Path, ReadOptions | None], Outcome]
"""What a worker does with one file; :func:`convert_file` unless a test gives another (picklable) one."""


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """What every worker process is started with."""

    options: ReadOptions | None = None
    rules_dir: Path | None = None
    """Rules every worker loads (``--rules``); :func:`mocparse.batch.run_batch` fills in the parent's."""
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    """Address space a worker may allocate (data, heap), MiB; None: unbounded."""
    converter: Converter | None = None


def warm_up(rules_dir: Path | None = None) -> None:
    """Load the rules, the spaCy pipeline, pymorphy3 and every reader into this process, and parse a
    short text, so that what the extractors build on first use (cue matchers, the name models) is
    ready before the first document's time limit starts."""
    from mocparse.nlp.annotate import blank_russian
    from mocparse.nlp.morph import morph
    from mocparse.pipeline import parse_text
    from mocparse.rules import default_rules, use_rules

    if rules_dir is not None:
        use_rules(rules_dir)
    default_rules()
    blank_russian()
    morph()
    for module in sorted(set(READER_FORMATS.values())):
        importlib.import_module(module)
    parse_text(_WARM_UP_TEXT)


_WARM_UP_TEXT = (
    "Отчет о работе за 2024 год\n\nРуководитель Иванова А. С. провела 3 семинара 10.02.2024. "
    "Реализовано 5 программ, охват составил 80 %. Приказ от 01.02.2024 № 5.\n\nЗадачи: развивать сеть."
)


def convert_file(path: Path, options: ReadOptions | None = None) -> Outcome:
    """Convert one file: ``("ok", sha256, report JSON)`` or ``("error", kind, message)``; never raises."""
    from mocparse.pipeline import parse

    try:
        report = parse(path, options=options)
    except MocparseError as error:
        return "error", error.kind.value, error.reason
    except MemoryError:
        return "error", ErrorKind.OUT_OF_MEMORY.value, "the conversion ran out of memory"
    except Exception as error:  # the worker is a fault boundary: any bug becomes an error record
        return "error", ErrorKind.INTERNAL.value, f"{type(error).__name__}: {error}"
    return "ok", report.source.sha256, report.model_dump_json()


def _limit_memory(max_mb: int | None) -> None:
    """Bound this process's data segment (heap and anonymous mappings, Linux >= 4.7): an allocation
    past it raises MemoryError instead of taking the machine's memory."""
    if not max_mb:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    limit = max_mb * 1024 * 1024
    with suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _die_with_parent() -> None:
    """Have the kernel kill this worker when its parent (the fork server, which ends with the batch)
    is gone (Linux), and poll for it elsewhere: a worker never outlives its batch."""
    parent = os.getppid()
    with suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(2.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _send(conn: Connection, message: tuple[Any, ...]) -> None:
    """Send to the parent; when it is gone (killed), end this worker without a traceback."""
    try:
        conn.send(message)
    except (OSError, EOFError, ValueError):  # BrokenPipeError, a closed connection
        os._exit(0)


def _worker_main(conn: Connection, settings: WorkerSettings) -> None:
    """Entry point of a worker process: warm up once, then convert files until told to stop."""
    if hasattr(os, "setsid"):
        # Own process group: a timeout kill reaches LibreOffice children too, and Ctrl-C goes to the parent only.
        os.setsid()
    _die_with_parent()
    quiet_libraries()
    _limit_memory(settings.max_memory_mb)
    convert = settings.converter or convert_file
    try:
        warm_up(settings.rules_dir)
    except Exception as error:
        _send(conn, ("failed", f"{type(error).__name__}: {error}"))
        return
    _send(conn, ("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        started = time.perf_counter()
        try:
            status, first, second = convert(Path(path), settings.options)
        except MemoryError:  # a converter that let it through
            status, first, second = "error", ErrorKind.OUT_OF_MEMORY.value, "the conversion ran out of memory"
        out_of_memory = status == "error" and first == ErrorKind.OUT_OF_MEMORY.value
        if out_of_memory:
            second = (
                f"the conversion needed more than {settings.max_memory_mb:,} MiB of memory (--max-memory); "
                "the worker was replaced"
            )
        # a process that hit its limit may be left in a poor state: it retires and a fresh one takes over
        _send(conn, ("done", index, status, first, second, time.perf_counter() - started, out_of_memory))
        if out_of_memory:
            return


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
    retiring: bool = False


class WorkerPool:
    """Worker processes that convert one file each at a time, with a per-file time limit.

    Unlike :class:`concurrent.futures.ProcessPoolExecutor`, each file is tied to one worker, so
    a crash or a hang is charged to the right file and only that worker is replaced.
    """

    def __init__(self, size: int, *, timeout_s: float | None, settings: WorkerSettings | None = None) -> None:
        self.size = max(1, size)
        self.timeout_s = timeout_s if timeout_s and timeout_s > 0 else None
        self.settings = settings or WorkerSettings()
        self._context = _mp_context()
        self._workers: list[_Worker] = []
        self._start_failures = 0

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(  # type: ignore[attr-defined]  # every concrete context has it
            target=_worker_main, args=(child_end, self.settings), name="mocparse-worker", daemon=True
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
                if worker.ready and worker.process.pid is not None and hasattr(os, "killpg"):
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
            elif not worker.ready and not worker.retiring:
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
            elif not worker.ready and not worker.retiring and time.monotonic() - worker.spawned > _WORKER_START_LIMIT_S:
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
            _, _, status, first, second, elapsed, retiring = message
            source = worker.task[1]
            worker.task = None
            if retiring:  # it ends now: no more files for it (_collect replaces it when it is gone)
                worker.ready, worker.retiring = False, True
            if status == "ok":
                emit(BatchRecord(source, first, line=second, elapsed_s=elapsed))
            else:
                emit(error_record(source, first, second, elapsed))

    def _worker_died(self, worker: _Worker, emit: Callable[[BatchRecord], None]) -> None:
        self._stop(worker, kill=True)
        reason = _death_reason(worker.process.exitcode)
        if worker.retiring:
            return
        if worker.task is not None:
            elapsed = time.monotonic() - worker.started
            message = f"{reason} while converting this file (a crash or out of memory); the worker was replaced"
            emit(error_record(worker.task[1], ErrorKind.INTERNAL, message, elapsed))
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= _MAX_START_FAILURES:
                raise BatchError(f"worker processes die while starting ({reason})")
