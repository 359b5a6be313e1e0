"""Long fuzzing run of mocparse, outside the unit suite (docs/reliability.md records the figures).

The properties of tests/hostile/test_fuzz.py, with many more examples and without stopping at the first
failure: every input that raises anything but a MocparseError, or breaks the evidence invariant, is saved
under --out with its traceback. Targets:

* ``text``: random report-like Unicode text through the TXT reader and the whole pipeline;
* ``mutated``: corpus TXT reports with lines deleted, duplicated, swapped, cut, characters inserted,
  digits replaced, through the pipeline;
* ``docx``: byte mutations of a corpus DOCX through ``mocparse.readers.read``;
* ``docx-xml``: well-formed DOCX with hostile XML values (attributes, moved elements) through read + pipeline;
* ``pdf``: byte mutations of a small uncompressed PDF through read + pipeline.

    .venv/bin/python scripts/fuzz.py --minutes 2                 # every target, 2 minutes each
    .venv/bin/python scripts/fuzz.py --target pdf --examples 500  # one target, a fixed number of inputs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile.strategies import mutated_bytes, mutated_docx, mutated_report, report_text, small_pdf  # noqa: E402
from hostile.support import KIRENSKY_DOCX, check_document, check_report  # noqa: E402

from mocparse.document import Document  # noqa: E402
from mocparse.errors import MocparseError  # noqa: E402
from mocparse.pipeline import parse_document  # noqa: E402
from mocparse.readers import read  # noqa: E402
from mocparse.readers.txt import document_from_text  # noqa: E402

TARGETS = ("text", "mutated", "docx", "docx-xml", "pdf")


class TimeUpError(Exception):
    """The time budget of a target is spent (ends its hypothesis run)."""


class Campaign:
    """Counts inputs, refusals and crashes of one target; saves each crashing input once."""

    def __init__(self, name: str, out: Path, deadline: float) -> None:
        self.name = name
        self.out = out
        self.deadline = deadline
        self.tried = 0
        self.refused = 0
        self.crashes: dict[str, str] = {}
        self.started = time.perf_counter()

    def run(self, payload: bytes, action: Callable[[], object], suffix: str) -> None:
        """Run ``action`` on one input (``payload`` is saved if it crashes)."""
        if time.perf_counter() > self.deadline:
            raise TimeUpError
        self.tried += 1
        try:
            action()
        except MocparseError:
            self.refused += 1
        except Exception as error:
            where = traceback.extract_tb(error.__traceback__)[-1]
            signature = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            if signature not in self.crashes:
                digest = hashlib.sha256(payload).hexdigest()[:12]
                target = self.out / f"{self.name}-{digest}{suffix}"
                target.write_bytes(payload)
                target.with_name(target.name + ".traceback.txt").write_text(traceback.format_exc(), encoding="utf-8")
                self.crashes[signature] = str(target)
                print(f"  CRASH {self.name}: {signature}: {error!r:.200} -> {target}", flush=True)

    def summary(self) -> dict[str, object]:
        """The figures of this target."""
        return {
            "target": self.name,
            "inputs": self.tried,
            "refused_with_mocparse_error": self.refused,
            "crashes": len(self.crashes),
            "crash_signatures": sorted(self.crashes),
            "seconds": round(time.perf_counter() - self.started, 1),
        }


def _parse_text(text: str) -> None:
    document = document_from_text(text)
    check_report(parse_document(document), document)


def _read_file(work: Path, suffix: str, data: bytes, *, pipeline: bool) -> None:
    path = work / f"input{suffix}"
    path.write_bytes(data)
    document: Document = read(path)
    check_document(document)
    if pipeline:
        check_report(parse_document(document), document)


def fuzz(target: str, campaign: Campaign, examples: int, work: Path, rng_seed: int) -> None:
    """Run one target for ``examples`` inputs or until the campaign's deadline."""
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        verbosity=Verbosity.quiet,
        suppress_health_check=list(HealthCheck),
    )
    docx_bytes = KIRENSKY_DOCX.read_bytes()
    pdf_bytes = small_pdf(work / "seed.pdf").read_bytes()

    if target in ("text", "mutated"):
        strategy = report_text() if target == "text" else mutated_report()

        @seed(rng_seed)
        @config
        @given(strategy)
        def run_text(text: str) -> None:
            campaign.run(text.encode("utf-8", "surrogatepass"), lambda: _parse_text(text), ".txt")

        with suppress(TimeUpError):
            run_text()
        return

    def strategy_for(data: st.DataObject) -> bytes:
        if target == "docx":
            return data.draw(mutated_bytes(docx_bytes))
        if target == "docx-xml":
            return data.draw(mutated_docx(docx_bytes))
        return data.draw(mutated_bytes(pdf_bytes))

    suffix = ".pdf" if target == "pdf" else ".docx"

    @seed(rng_seed)
    @config
    @given(st.data())
    def run_file(data: st.DataObject) -> None:
        payload = strategy_for(data)
        campaign.run(payload, lambda: _read_file(work, suffix, payload, pipeline=target != "docx"), suffix)

    with suppress(TimeUpError):
        run_file()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--minutes", type=float, default=1.0, help="time budget per target")
    parser.add_argument("--examples", type=int, default=1_000_000, help="inputs per target (at most)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz", help="where crashing inputs are saved")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # pdfminer logs every oddity of a damaged PDF
    args.out.mkdir(parents=True, exist_ok=True)
    figures = []
    targets = TARGETS if args.target == "all" else (args.target,)
    with tempfile.TemporaryDirectory(prefix="mocparse-fuzz-") as work:
        for target in targets:
            campaign = Campaign(target, args.out, time.perf_counter() + args.minutes * 60)
            print(f"fuzzing {target} for up to {args.minutes:g} min / {args.examples} inputs ...", flush=True)
            fuzz(target, campaign, args.examples, Path(work), args.seed)
            figures.append(campaign.summary())
            print(json.dumps(figures[-1], ensure_ascii=False), flush=True)
    total = {key: sum(int(item[key]) for item in figures) for key in ("inputs", "crashes")}
    print(f"total: {total['inputs']} inputs, {total['crashes']} distinct crashes", flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if total["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
