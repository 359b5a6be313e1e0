"""Test-only fault injection for batch workers, kept out of the package.

:class:`FaultyConverter` wraps :func:`mocparse.batch.convert_file`: it crashes, hangs, sleeps or
allocates memory on chosen files. Give it to ``run_batch(converter=...)``; workers unpickle it by
name, so this module must be importable in them (``tests/`` is on ``sys.path`` under pytest).

Run as a script, it is the ``mocparse`` command with such a converter in every batch:
``python tests/faults.py --delay 0.2 -- batch SRC --out F.jsonl``.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from mocparse.batch import Outcome, convert_file
from mocparse.readers import ReadOptions

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class FaultyConverter:
    """Converts as usual, except: ``crash_on`` a name part -> ``os._exit(70)``; ``hang_on`` -> sleep
    for ever; ``delay_s`` on every file; ``allocate_on`` -> allocate ``allocate_mb`` MiB (and keep it)."""

    crash_on: str = ""
    hang_on: str = ""
    delay_s: float = 0.0
    allocate_on: str = ""
    allocate_mb: int = 0

    def __call__(self, path: Path, options: ReadOptions | None) -> Outcome:
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.crash_on and self.crash_on in path.name:
            os._exit(70)
        if self.hang_on and self.hang_on in path.name:
            time.sleep(1e6)
        if self.allocate_on and self.allocate_on in path.name:
            blocks = [bytearray(64 * 1024 * 1024) for _ in range(self.allocate_mb // 64)]
            return "error", "internal_error", f"allocated {len(blocks) * 64} MiB and was not stopped"
        return convert_file(path, options)


def faulty_cli_command(*args: str, **faults: object) -> list[str]:
    """The command line that runs ``mocparse ARGS`` with a :class:`FaultyConverter` of ``faults``."""
    options = [f"--{key.replace('_', '-')}={value}" for key, value in faults.items()]
    return [sys.executable, str(HERE / "faults.py"), *options, "--", *args]


def _main(argv: list[str]) -> None:
    import mocparse.batch.run as batch_run

    split = argv.index("--")
    faults: dict[str, object] = {}
    for option in argv[:split]:
        key, _, value = option.removeprefix("--").partition("=")
        field = key.replace("-", "_")
        faults[field] = float(value) if field == "delay_s" else int(value) if field == "allocate_mb" else value
    converter = FaultyConverter(**faults)  # type: ignore[arg-type]
    real_run_batch = batch_run.run_batch

    def run_batch(*args: object, **kwargs: object) -> object:
        return real_run_batch(*args, **{**kwargs, "converter": converter})  # type: ignore[arg-type]

    import mocparse.batch

    mocparse.batch.run_batch = run_batch  # type: ignore[assignment]
    sys.argv = ["mocparse", *argv[split + 1 :]]
    from mocparse.cli.app import main

    main()


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import faults  # the converter must be pickled as faults.FaultyConverter, not __main__'s

    faults._main(sys.argv[1:])
