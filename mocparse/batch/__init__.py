"""Convert a folder of reports in parallel: the engine of ``mocparse batch`` (docs/batch.md).

The parent process finds the files (:mod:`~mocparse.batch.discover`), hashes them, skips those the
outputs already hold, and hands each remaining file to a worker process
(:mod:`~mocparse.batch.pool`), which is bounded in time and memory. Only the parent writes output,
through *sinks* (:mod:`~mocparse.batch.sinks`): a JSONL file (format: :mod:`~mocparse.batch.jsonl`),
a folder of JSON files, or a database (:class:`mocparse.db.load.DbSink`).
"""

from mocparse.batch.discover import SKIP_NAMES, SKIP_SUFFIXES, default_jobs, discover, hash_source
from mocparse.batch.jsonl import (
    JsonlLine,
    is_current_report,
    is_error_record,
    iter_jsonl,
    read_jsonl_status,
    record_key,
    record_sha256,
)
from mocparse.batch.pool import (
    Converter,
    Outcome,
    WorkerPool,
    WorkerSettings,
    convert_file,
    warm_up,
)
from mocparse.batch.records import BatchError, BatchRecord, OutputError, Source, error_record, write_error_text
from mocparse.batch.run import BatchPlan, BatchSummary, plan_batch, run_batch
from mocparse.batch.sinks import MAX_NAME_BYTES, DirSink, JsonlSink, Sink, atomic_write, safe_relative_name
from mocparse.defaults import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S

__all__ = [
    "DEFAULT_MAX_MEMORY_MB",
    "DEFAULT_TIMEOUT_S",
    "MAX_NAME_BYTES",
    "SKIP_NAMES",
    "SKIP_SUFFIXES",
    "BatchError",
    "BatchPlan",
    "BatchRecord",
    "BatchSummary",
    "Converter",
    "DirSink",
    "JsonlLine",
    "JsonlSink",
    "Outcome",
    "OutputError",
    "Sink",
    "Source",
    "WorkerPool",
    "WorkerSettings",
    "atomic_write",
    "convert_file",
    "default_jobs",
    "discover",
    "error_record",
    "hash_source",
    "is_current_report",
    "is_error_record",
    "iter_jsonl",
    "plan_batch",
    "read_jsonl_status",
    "record_key",
    "record_sha256",
    "run_batch",
    "safe_relative_name",
    "warm_up",
    "write_error_text",
]
