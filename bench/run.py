"""Speed and memory benchmark of mocparse against the plain natasha baseline (issue 6).

One command measures everything and prints a Markdown table with each figure next to its target:

    .venv/bin/python bench/run.py --out bench/results.json

It is not part of the unit suite (it takes about ten minutes on two cores). ``--quick`` runs every
section with fewer repeats, copies and documents (a smoke test of the script, not a measurement).

Sections (docs/benchmarks-speed.md explains each):

* warm throughput per input format (corpus/txt, corpus/docx, corpus/pdf): one process pinned to
  one core, models loaded, read + extract of every file, median of ``--repeats``;
* cold start: a new ``python -c`` process until its first result on a small report (median of 5);
* peak RSS of every measured process (``os.wait4`` rusage of the child);
* whole-process comparison on the ~258,000-character text (the five corpus TXT reports
  concatenated, five times): ``mocparse parse`` vs a process running natasha on the same text;
* linearity: the same text x1, x5, x10;
* batch scaling: ``mocparse batch --jobs 1`` and ``--jobs 2`` over a synthetic archive of >= 200
  files (copies of the corpus, each with unique bytes);
* memory over a 1,000-document run in one process, RSS sampled every 100 documents.

The natasha baseline is what ``mocparse eval`` compares with (mocparse/nlp/baseline.py and
``baseline_report`` in mocparse/evaluate.py): Segmenter + NewsMorphTagger + NewsNERTagger over the
text, PER spans normalized and passed to NamesExtractor, DatesExtractor over the whole text. natasha
has no DOCX/PDF reader, so for those formats it gets the text of mocparse's reader (the reading
time is included, as in ``baseline_report``).

Child processes run the measurements (``bench/run.py --worker NAME``); this file imports only the
standard library at the top so a child pays for nothing it does not measure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FORMATS = ("txt", "docx", "pdf")
SMALL_REPORT = CORPUS / "txt" / "orenburg_2022-2023_plan.txt"
BIG_REPEATS = 5  # five copies of the five corpus TXT reports = 257,678 characters

SECTIONS = ("throughput", "cold", "whole", "linearity", "batch", "memory", "vocab")

TARGETS = {
    "txt_chars_per_s": 400_000,
    "whole_vs_natasha": 0.15,
    "docx_pages_per_s": 150,
    "pdf_pages_per_s": 5,
    "pdf_vs_pdfplumber": 2.0,
    "cold_start_s": 0.9,
    "rss_mb": 400,
    "linearity_x10": 12.0,
    "batch_ratio": 1.8,
    "memory_growth_mb": 10.0,
}

# One core, no hidden BLAS / OpenMP threads (natasha's taggers run on numpy).
_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
}


# --------------------------------------------------------------------------- shared helpers


def corpus_files(fmt: str) -> list[Path]:
    return sorted((CORPUS / fmt).glob(f"*.{fmt}"))


def big_text(copies: int = BIG_REPEATS) -> str:
    """The five corpus TXT reports concatenated (blank line between), ``copies`` times."""
    once = "\n\n".join(path.read_text(encoding="utf-8") for path in corpus_files("txt"))
    return "\n\n".join([once] * copies)


def rss_mb() -> float:
    """Current resident set size of this process (VmRSS), MB."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")  # pragma: no cover - not Linux


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is in KB on Linux), MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median(values: list[float]) -> float:
    return statistics.median(values)


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def natasha_setup() -> Any:
    """natasha's models and extractors, built the way mocparse/nlp/baseline.py builds them."""
    if not os.environ.get("PYMORPHY2_DICT_PATH"):  # as point_pymorphy2_at_its_dictionary does
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()
    from natasha import (
        DatesExtractor,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    vocab = MorphVocab()
    embedding = NewsEmbedding()
    return (
        Segmenter(),
        NewsMorphTagger(embedding),
        NewsNERTagger(embedding),
        vocab,
        NamesExtractor(vocab),
        DatesExtractor(vocab),
    )


def natasha_extract(models: Any, text: str) -> tuple[list[Any], list[Any]]:
    """The baseline of ``mocparse eval``: persons from NER + NamesExtractor, dates from DatesExtractor."""
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger, vocab, names, dates = models
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    persons = []
    for span in doc.spans:
        if span.type != "PER":
            continue
        span.normalize(vocab)
        fact = names.find(span.normal or span.text)
        if fact is not None and fact.fact.last:
            persons.append(fact.fact)
    found_dates = [match.fact for match in dates(text) if match.fact.year]
    return persons, found_dates


# --------------------------------------------------------------------------- child workers


def worker_throughput(params: dict[str, Any]) -> dict[str, Any]:
    """Warm read + extract per format, for mocparse or the natasha baseline."""
    from mocparse.readers import read

    engine = params["engine"]
    repeats = params["repeats"]
    if engine == "mocparse":
        from mocparse.pipeline import parse_document

        def process(document: Any) -> None:
            parse_document(document)

    else:
        models = natasha_setup()

        def process(document: Any) -> None:
            natasha_extract(models, document.text)

    # warm-up: every file once (models, caches, readers)
    for fmt in FORMATS:
        for path in corpus_files(fmt):
            process(read(path))
    results: dict[str, Any] = {}
    for fmt in FORMATS:
        paths = corpus_files(fmt)
        chars = pages = 0
        totals: list[float] = []
        reads: list[float] = []
        for repeat in range(repeats):
            read_s = 0.0
            started = time.perf_counter()
            for path in paths:
                t0 = time.perf_counter()
                document = read(path)
                read_s += time.perf_counter() - t0
                process(document)
                if repeat == 0:
                    chars += len(document.text)
                    pages += document.source.pages or 0
            totals.append(time.perf_counter() - started)
            reads.append(read_s)
        seconds = median(totals)
        results[fmt] = {
            "documents": len(paths),
            "characters": chars,
            "pages": pages or None,
            "seconds_median": seconds,
            "seconds_all": totals,
            "read_seconds_median": median(reads),
            "documents_per_s": len(paths) / seconds,
            "pages_per_s": pages / seconds if pages else None,
            "characters_per_s": chars / seconds,
        }
    if engine == "mocparse":
        results["pdfplumber_extract_text"] = pdfplumber_pages_per_s(corpus_files("pdf"), repeats)
    return {"formats": results, "peak_rss_mb": peak_rss_mb()}


def pdfplumber_pages_per_s(paths: list[Path], repeats: int) -> dict[str, Any]:
    """pdfplumber's own bare ``page.extract_text()`` over every page of ``paths`` (issue 11's yardstick),
    in the same process and run as mocparse's PDF figure; median of ``repeats``."""
    import pdfplumber

    totals: list[float] = []
    pages = 0
    for repeat in range(repeats + 1):  # the first pass warms up
        started = time.perf_counter()
        count = 0
        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    count += 1
        if repeat:
            totals.append(time.perf_counter() - started)
        pages = count
    seconds = median(totals)
    return {"pages": pages, "seconds_median": seconds, "seconds_all": totals, "pages_per_s": pages / seconds}


def worker_linearity(params: dict[str, Any]) -> dict[str, Any]:
    """mocparse.parse_text on the same text x1, x5, x10 in one warm process."""
    from mocparse.pipeline import parse_text

    parse_text(big_text(1))  # warm-up
    rows = {}
    for copies in params["copies"]:
        text = big_text(copies)
        times = []
        for _ in range(params["repeats"]):
            started = time.perf_counter()
            parse_text(text)
            times.append(time.perf_counter() - started)
        rows[str(copies)] = {"characters": len(text), "seconds_median": median(times), "seconds_all": times}
    return {"rows": rows, "peak_rss_mb": peak_rss_mb()}


def worker_memory(params: dict[str, Any]) -> dict[str, Any]:
    """Parse ``documents`` files round-robin over the corpus (all formats) in one process."""
    from mocparse.pipeline import parse

    paths = [path for fmt in FORMATS for path in corpus_files(fmt)]
    every = params["every"]
    samples = [{"documents": 0, "rss_mb": rss_mb()}]
    started = time.perf_counter()
    for index in range(params["documents"]):
        parse(paths[index % len(paths)])
        if (index + 1) % every == 0:
            samples.append({"documents": index + 1, "rss_mb": rss_mb(), "seconds": time.perf_counter() - started})
    return {"samples": samples, "peak_rss_mb": peak_rss_mb(), "files": len(paths)}


def worker_vocab(params: dict[str, Any]) -> dict[str, Any]:
    """Stress test: every document brings ``words`` word forms never seen before (dictionary
    words of pymorphy3 in a fixed random order), so caches and spaCy's vocabulary see new strings."""
    import random

    from mocparse.nlp.annotate import blank_russian
    from mocparse.nlp.morph import morph, parses
    from mocparse.pipeline import parse_text

    per_document, documents = params["words"], params["documents"]
    forms: list[str] = []
    seen: set[str] = set()
    for word, *_ in morph().iter_known_word_parses():
        if word not in seen:
            seen.add(word)
            forms.append(word)
            if len(forms) >= per_document * documents:
                break
    random.Random(0).shuffle(forms)
    parse_text("Отчет МОЦ за 2024 год\n\nПроведено 3 семинара.")
    samples = [{"documents": 0, "rss_mb": rss_mb(), "spacy_strings": len(blank_russian().vocab.strings)}]
    for index in range(documents):
        chunk = forms[index * per_document : (index + 1) * per_document]
        sentences = (" ".join(chunk[at : at + 10]).capitalize() + "." for at in range(0, len(chunk), 10))
        parse_text("Отчет МОЦ за 2024 год\n\n" + "\n".join(sentences))
        if (index + 1) % params["every"] == 0:
            samples.append(
                {
                    "documents": index + 1,
                    "new_word_forms": (index + 1) * per_document,
                    "rss_mb": rss_mb(),
                    "spacy_strings": len(blank_russian().vocab.strings),
                    "parses_cache": parses.cache_info().currsize,
                }
            )
    return {"samples": samples, "peak_rss_mb": peak_rss_mb()}


def worker_natasha_file(params: dict[str, Any]) -> dict[str, Any]:
    """A whole natasha process on a text file (the counterpart of ``mocparse parse FILE``)."""
    text = Path(params["path"]).read_text(encoding="utf-8")
    persons, found_dates = natasha_extract(natasha_setup(), text)
    return {"persons": len(persons), "dates": len(found_dates)}


WORKERS = {
    "throughput": worker_throughput,
    "linearity": worker_linearity,
    "memory": worker_memory,
    "vocab": worker_vocab,
    "natasha-file": worker_natasha_file,
}


# --------------------------------------------------------------------------- running children


def _pin_to_one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _descendant_peaks(root: int, peaks: dict[int, float], cpu: dict[int, float]) -> None:
    """Update ``peaks`` with the peak RSS (VmHWM, MB) and ``cpu`` with the CPU seconds so far of
    every live descendant of ``root``."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    for pid in parents:
        ancestor = parents.get(pid)
        while ancestor is not None and ancestor != root and ancestor > 1:
            ancestor = parents.get(ancestor)
        if ancestor != root:
            continue
        cpu[pid] = max(cpu.get(pid, 0.0), times[pid])
        try:
            with Path(f"/proc/{pid}/status").open(encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        peaks[pid] = max(peaks.get(pid, 0.0), int(line.split()[1]) / 1024)
        except OSError:
            continue


def run_process(
    command: list[str], *, pin: bool = True, timeout_s: float = 3600, watch_descendants: bool = False
) -> dict[str, Any]:
    """Run a child to completion; its wall time, exit code, stdout and peak RSS (from wait4).
    With ``watch_descendants``, also the peak RSS of each process it starts (polled from /proc:
    ``mocparse batch`` workers are children of a fork server, which wait4 does not see)."""
    descendant_peaks: dict[int, float] = {}
    descendant_cpu: dict[int, float] = {}
    next_poll = 0.0
    env = {**os.environ, **_THREAD_ENV}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        wall_started = time.time()
        process = subprocess.Popen(
            command,
            stdout=out,
            stderr=err,
            env=env,
            cwd=ROOT,
            preexec_fn=_pin_to_one_core if pin else None,
        )
        deadline = started + timeout_s
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            if watch_descendants and time.perf_counter() >= next_poll:
                _descendant_peaks(process.pid, descendant_peaks, descendant_cpu)
                next_poll = time.perf_counter() + 0.2
            time.sleep(0.005)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    return {
        "wall_s": wall,
        "started_epoch": wall_started,
        "stdout": stdout,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "descendant_peak_rss_mb": sorted(descendant_peaks.values(), reverse=True),
        # CPU of the processes it started, as last polled (up to 0.2 s of each is missed)
        "descendant_cpu_s": sum(descendant_cpu.values()),
    }


def run_worker(name: str, params: dict[str, Any], *, pin: bool = True) -> dict[str, Any]:
    result = run_process([sys.executable, str(Path(__file__).resolve()), "--worker", name, json.dumps(params)], pin=pin)
    data = json.loads(result["stdout"].strip().splitlines()[-1])
    data["process_peak_rss_mb"] = result["peak_rss_mb"]
    data["process_wall_s"] = result["wall_s"]
    return data


def mocparse_cli() -> str:
    script = Path(sys.executable).parent / "mocparse"
    return str(script) if script.exists() else shutil.which("mocparse") or "mocparse"


# --------------------------------------------------------------------------- sections


def section_throughput(repeats: int) -> dict[str, Any]:
    log("warm throughput: mocparse")
    mine = run_worker("throughput", {"engine": "mocparse", "repeats": repeats})
    log("warm throughput: natasha baseline")
    theirs = run_worker("throughput", {"engine": "natasha", "repeats": repeats})
    return {"mocparse": mine, "natasha": theirs}


COLD_MOCPARSE = (
    "import time, resource, sys\n"
    "import mocparse\n"
    "report = mocparse.parse(sys.argv[1])\n"
    "print(time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(report.dates))\n"
)
COLD_NATASHA = (
    "import time, resource, sys\n"
    f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
    "from run import natasha_setup, natasha_extract\n"
    "persons, dates = natasha_extract(natasha_setup(), open(sys.argv[1], encoding='utf-8').read())\n"
    "print(time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(dates))\n"
)


def section_cold(runs: int) -> dict[str, Any]:
    results = {}
    for engine, code in (("mocparse", COLD_MOCPARSE), ("natasha", COLD_NATASHA)):
        log(f"cold start: {engine}")
        firsts, walls, rss = [], [], []
        for _ in range(runs):
            result = run_process([sys.executable, "-c", code, str(SMALL_REPORT)])
            done_epoch = result["stdout"].split()[0]
            firsts.append(float(done_epoch) - result["started_epoch"])
            walls.append(result["wall_s"])
            rss.append(result["peak_rss_mb"])
        results[engine] = {
            "first_result_s_median": median(firsts),
            "first_result_s_all": firsts,
            "process_wall_s_median": median(walls),
            "peak_rss_mb": max(rss),
        }
    results["file"] = str(SMALL_REPORT.relative_to(ROOT))
    results["characters"] = len(SMALL_REPORT.read_text(encoding="utf-8"))
    return results


def section_whole(workdir: Path, runs: int) -> dict[str, Any]:
    text_path = workdir / "big.txt"
    text_path.write_text(big_text(), encoding="utf-8")
    results: dict[str, Any] = {"characters": len(big_text())}
    commands = {
        "mocparse": [mocparse_cli(), "parse", str(text_path), "--out", str(workdir / "big.json")],
        "natasha": [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            "natasha-file",
            json.dumps({"path": str(text_path)}),
        ],
    }
    for engine, command in commands.items():
        log(f"whole process on {results['characters']:,} characters: {engine}")
        walls, rss = [], []
        for _ in range(runs):
            result = run_process(command)
            walls.append(result["wall_s"])
            rss.append(result["peak_rss_mb"])
        results[engine] = {"seconds_median": median(walls), "seconds_all": walls, "peak_rss_mb": max(rss)}
    return results


def section_linearity(repeats: int) -> dict[str, Any]:
    log("linearity x1 x5 x10")
    data = run_worker("linearity", {"copies": [1, 5, 10], "repeats": repeats})
    base = data["rows"]["1"]["seconds_median"]
    for row in data["rows"].values():
        row["time_ratio"] = row["seconds_median"] / base
    return data


def make_archive(target: Path, copies: int) -> dict[str, Any]:
    """``copies`` copies of every corpus file, each with unique bytes (sha256 differs)."""
    target.mkdir(parents=True)
    files = 0
    for fmt in FORMATS:
        for original in corpus_files(fmt):
            data = original.read_bytes()
            for number in range(copies):
                copy = target / fmt / f"{original.stem}__copy{number:03d}.{fmt}"
                copy.parent.mkdir(exist_ok=True)
                if fmt == "txt":
                    copy.write_bytes(data.rstrip(b"\n") + f"\n\nКопия для замера {number}.\n".encode())
                elif fmt == "docx":
                    with zipfile.ZipFile(original) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
                        for item in source.infolist():
                            out.writestr(item, source.read(item.filename))
                        out.writestr(f"customXml/bench-copy-{number}.txt", f"bench copy {number}\n")
                else:  # a PDF comment after %%EOF changes the bytes, not the content
                    copy.write_bytes(data + f"\n%bench copy {number}\n".encode())
                files += 1
    return {"files": files}


def check_archive(archive: Path) -> dict[str, Any]:
    """Every copy has its own SHA-256; the first copy of each original reads like the original."""
    import hashlib

    from mocparse.readers import read

    hashes = {hashlib.sha256(path.read_bytes()).hexdigest() for path in archive.rglob("*.*")}
    same_text = True
    for fmt in FORMATS:
        for original in corpus_files(fmt):
            copy = archive / fmt / f"{original.stem}__copy000.{fmt}"
            expected, got = read(original).text, read(copy).text
            if fmt == "txt":
                same_text &= got.startswith(expected.rstrip())
            else:
                same_text &= got == expected
    return {"unique_sha256": len(hashes), "copies_read_like_originals": same_text}


def section_batch(workdir: Path, copies: int, repeats: int) -> dict[str, Any]:
    archive = workdir / "archive"
    info = make_archive(archive, copies)
    info.update(check_archive(archive))
    help_ok = subprocess.run([mocparse_cli(), "batch", "--help"], capture_output=True).returncode == 0
    info["runner"] = "mocparse batch" if help_ok else "multiprocessing.Pool over mocparse.parse"
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for repeat in range(repeats):  # interleaved, so a burst of other load hits both
        for jobs in (1, 2):
            log(f"batch --jobs {jobs} over {info['files']} files ({repeat + 1}/{repeats})")
            out = workdir / f"batch-jobs{jobs}-{repeat}.jsonl"
            if help_ok:
                command = [mocparse_cli(), "batch", str(archive), "--out", str(out), "--jobs", str(jobs), "--quiet"]
            else:  # pragma: no cover - fallback when the batch command is missing
                command = [sys.executable, str(Path(__file__).resolve()), "--pool", str(archive), str(out), str(jobs)]
            load = load_average()
            result = run_process(command, pin=False, watch_descendants=True)
            ok = errors = 0
            with out.open(encoding="utf-8") as lines:
                for line in lines:
                    if json.loads(line).get("error"):
                        errors += 1
                    else:
                        ok += 1
            runs[jobs].append(
                {
                    "seconds": result["wall_s"],
                    "ok": ok,
                    "errors": errors,
                    "cpu_s_parent": result["cpu_s"],
                    "cpu_s_workers": result["descendant_cpu_s"],
                    # busy cores: CPU seconds of the parent and its workers per wall second
                    "cores_busy": (result["cpu_s"] + result["descendant_cpu_s"]) / result["wall_s"],
                    "load_average_before": load,
                    "peak_rss_mb_parent": result["peak_rss_mb"],
                    # the parent, its fork server and the workers, largest first (polled every 0.2 s)
                    "peak_rss_mb_descendants": result["descendant_peak_rss_mb"],
                    "peak_rss_mb_any_process": max([result["peak_rss_mb"], *result["descendant_peak_rss_mb"]]),
                }
            )
            out.unlink()
    for jobs, results in runs.items():
        seconds = median([run["seconds"] for run in results])
        info[f"jobs{jobs}"] = {
            "seconds": seconds,
            "seconds_all": [run["seconds"] for run in results],
            "files_per_s": info["files"] / seconds,
            "ok": min(run["ok"] for run in results),
            "errors": max(run["errors"] for run in results),
            "peak_rss_mb_any_process": max(run["peak_rss_mb_any_process"] for run in results),
            "cores_busy": median([run["cores_busy"] for run in results]),
            "cpu_s_total": median([run["cpu_s_parent"] + run["cpu_s_workers"] for run in results]),
            "runs": results,
        }
    info["ratio"] = info["jobs2"]["files_per_s"] / info["jobs1"]["files_per_s"]
    return info


def pool_batch(archive: str, out: str, jobs: int) -> None:  # pragma: no cover - fallback only
    import multiprocessing

    paths = sorted(str(path) for path in Path(archive).rglob("*.*"))
    context = multiprocessing.get_context("forkserver")
    with context.Pool(jobs) as pool, Path(out).open("w", encoding="utf-8") as sink:
        for line in pool.imap_unordered(_pool_convert, paths):
            sink.write(line + "\n")


def _pool_convert(path: str) -> str:  # pragma: no cover - fallback only
    import mocparse

    try:
        return mocparse.parse(path).model_dump_json()
    except Exception as error:
        return json.dumps({"error": {"kind": type(error).__name__, "message": str(error)}, "path": path})


def section_memory(documents: int) -> dict[str, Any]:
    log(f"memory over {documents} documents")
    data = run_worker("memory", {"documents": documents, "every": max(1, documents // 10)})
    samples = data["samples"]
    data["growth_mb"] = samples[-1]["rss_mb"] - samples[1]["rss_mb"] if len(samples) > 2 else 0.0
    return data


def section_vocab(documents: int) -> dict[str, Any]:
    log(f"new-vocabulary stress test over {documents} documents")
    data = run_worker("vocab", {"documents": documents, "words": 2000, "every": max(1, documents // 10)})
    samples = data["samples"]
    half = samples[len(samples) // 2]
    last = samples[-1]
    # growth per new word form in the second half, after the 200,000-entry word caches are full
    data["kb_per_new_word_form_second_half"] = (
        (last["rss_mb"] - half["rss_mb"]) * 1024 / (last["new_word_forms"] - half["new_word_forms"])
        if last["documents"] > half["documents"] and half["documents"]
        else None
    )
    return data


# --------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with Path("/proc/meminfo").open(encoding="ascii") as info:
        memory_kb = int(info.readline().split()[1])
    from importlib.metadata import version

    versions = {}
    for package in ("mocparse", "spacy", "pymorphy3", "natasha", "pdfplumber", "python-docx"):
        try:
            versions[package] = version(package)
        except Exception:
            versions[package] = None
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def mark(ok: bool) -> str:
    return "met" if ok else "**not met**"


def fmt_num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def markdown(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str, str]] = []
    tp = results.get("throughput")
    if tp:
        mine, theirs = tp["mocparse"]["formats"], tp["natasha"]["formats"]
        for fmt in FORMATS:
            m, n = mine[fmt], theirs[fmt]
            label = f"{fmt.upper()} warm, 1 core ({m['documents']} docs, {m['characters']:,} chars"
            label += f", {m['pages']} pages)" if m["pages"] else ")"
            rows.append(
                (f"{label}: documents/s", fmt_num(m["documents_per_s"], 1), fmt_num(n["documents_per_s"], 1), "", "")
            )
            if m["pages"]:
                target = TARGETS[f"{fmt}_pages_per_s"]
                rows.append(
                    (
                        f"{fmt.upper()} pages/s",
                        fmt_num(m["pages_per_s"], 1),
                        fmt_num(n["pages_per_s"], 1),
                        f">= {target}",
                        mark(m["pages_per_s"] >= target),
                    )
                )
            if fmt == "pdf" and "pdfplumber_extract_text" in tp["mocparse"]["formats"]:
                plumber = tp["mocparse"]["formats"]["pdfplumber_extract_text"]["pages_per_s"]
                ratio = m["pages_per_s"] / plumber
                rows.append(
                    (
                        f"PDF pages/s / pdfplumber bare extract_text pages/s ({plumber:.1f}), same files and run",
                        f"{ratio:.2f}x",
                        "",
                        f">= {TARGETS['pdf_vs_pdfplumber']}x",
                        mark(ratio >= TARGETS["pdf_vs_pdfplumber"]),
                    )
                )
            target_text, met = "", ""
            if fmt == "txt":
                target_text = f">= {TARGETS['txt_chars_per_s']:,}"
                met = mark(m["characters_per_s"] >= TARGETS["txt_chars_per_s"])
            rows.append(
                (
                    f"{fmt.upper()} characters/s",
                    fmt_num(m["characters_per_s"]),
                    fmt_num(n["characters_per_s"]),
                    target_text,
                    met,
                )
            )
        peak_m, peak_n = tp["mocparse"]["process_peak_rss_mb"], tp["natasha"]["process_peak_rss_mb"]
        rows.append(
            (
                "peak RSS of the warm worker (all 15 corpus files), MB",
                fmt_num(peak_m),
                fmt_num(peak_n),
                f"<= {TARGETS['rss_mb']}",
                mark(peak_m <= TARGETS["rss_mb"]),
            )
        )
    cold = results.get("cold")
    if cold:
        m, n = cold["mocparse"], cold["natasha"]
        rows.append(
            (
                f"cold start: new process to first result ({cold['characters']:,}-char TXT), s"
                f" (median of {len(m['first_result_s_all'])})",
                fmt_num(m["first_result_s_median"], 2),
                fmt_num(n["first_result_s_median"], 2),
                f"<= {TARGETS['cold_start_s']} and <= natasha",
                mark(
                    m["first_result_s_median"] <= TARGETS["cold_start_s"]
                    and m["first_result_s_median"] <= n["first_result_s_median"]
                ),
            )
        )
        rows.append(
            (
                "cold start: whole process incl. exit, s",
                fmt_num(m["process_wall_s_median"], 2),
                fmt_num(n["process_wall_s_median"], 2),
                "",
                "",
            )
        )
        rows.append(
            (
                "cold start process peak RSS, MB",
                fmt_num(m["peak_rss_mb"]),
                fmt_num(n["peak_rss_mb"]),
                f"<= {TARGETS['rss_mb']}",
                mark(m["peak_rss_mb"] <= TARGETS["rss_mb"]),
            )
        )
    whole = results.get("whole")
    if whole:
        m, n = whole["mocparse"], whole["natasha"]
        rows.append(
            (
                f"whole process on {whole['characters']:,} chars (`mocparse parse` vs natasha), s",
                fmt_num(m["seconds_median"], 2),
                fmt_num(n["seconds_median"], 2),
                f"<= {TARGETS['whole_vs_natasha']} x natasha",
                mark(m["seconds_median"] <= TARGETS["whole_vs_natasha"] * n["seconds_median"]),
            )
        )
        rows.append(
            (
                f"whole process on {whole['characters']:,} chars: characters/s",
                fmt_num(whole["characters"] / m["seconds_median"]),
                fmt_num(whole["characters"] / n["seconds_median"]),
                "",
                "",
            )
        )
        rows.append(
            (
                f"whole process on {whole['characters']:,} chars: peak RSS, MB",
                fmt_num(m["peak_rss_mb"]),
                fmt_num(n["peak_rss_mb"]),
                f"<= {TARGETS['rss_mb']}",
                mark(m["peak_rss_mb"] <= TARGETS["rss_mb"]),
            )
        )
    lin = results.get("linearity")
    if lin:
        for copies, row in lin["rows"].items():
            target = f"<= {TARGETS['linearity_x10']}" if copies == "10" else ""
            met = mark(row["time_ratio"] <= TARGETS["linearity_x10"]) if copies == "10" else ""
            rows.append(
                (
                    f"linearity x{copies} ({row['characters']:,} chars): s (time ratio to x1)",
                    f"{row['seconds_median']:.2f} ({row['time_ratio']:.2f}x)",
                    "",
                    target,
                    met,
                )
            )
    batch = results.get("batch")
    if batch:
        for jobs in (1, 2):
            run = batch[f"jobs{jobs}"]
            rows.append(
                (
                    f"batch --jobs {jobs}: {batch['files']} files, files/s"
                    f" ({run['ok']} ok, {run['errors']} errors, median {run['seconds']:.1f} s"
                    f" of {len(run['seconds_all'])} runs; {run['cpu_s_total']:.1f} CPU s,"
                    f" {run['cores_busy']:.2f} cores busy)",
                    fmt_num(run["files_per_s"], 2),
                    "",
                    "",
                    "",
                )
            )
        peak = max(batch["jobs1"]["peak_rss_mb_any_process"], batch["jobs2"]["peak_rss_mb_any_process"])
        rows.append(
            (
                "batch: peak RSS of any one process (parent or worker), MB",
                fmt_num(peak),
                "",
                f"<= {TARGETS['rss_mb']}",
                mark(peak <= TARGETS["rss_mb"]),
            )
        )
        rows.append(
            (
                "batch scaling: 2 workers / 1 worker",
                f"{batch['ratio']:.2f}x",
                "",
                f">= {TARGETS['batch_ratio']}x",
                mark(batch["ratio"] >= TARGETS["batch_ratio"]),
            )
        )
    memory = results.get("memory")
    if memory:
        series = ", ".join(f"{sample['rss_mb']:.0f}" for sample in memory["samples"][1:])
        rows.append(
            (
                f"memory over {memory['samples'][-1]['documents']:,} documents:"
                f" RSS every {memory['samples'][1]['documents']} docs, MB",
                series,
                "",
                "",
                "",
            )
        )
        rows.append(
            (
                f"RSS growth from document {memory['samples'][1]['documents']}"
                f" to {memory['samples'][-1]['documents']}, MB",
                f"{memory['growth_mb']:+.1f}",
                "",
                f"<= {TARGETS['memory_growth_mb']:.0f}",
                mark(memory["growth_mb"] <= TARGETS["memory_growth_mb"]),
            )
        )
    vocab = results.get("vocab")
    if vocab:
        samples = vocab["samples"]
        series = ", ".join(f"{sample['rss_mb']:.0f}" for sample in samples[1:])
        rows.append(
            (
                f"stress: {samples[-1]['documents']} documents of 2,000 never-seen word forms each:"
                f" RSS every {samples[1]['documents']} docs, MB",
                series,
                "",
                "",
                "",
            )
        )
        growth = vocab["kb_per_new_word_form_second_half"]
        rows.append(
            (
                "stress: RSS growth per new word form in the second half of the run, KB"
                + (" (word caches full)" if samples[len(samples) // 2].get("parses_cache", 0) >= 200_000 else ""),
                f"{growth:.2f}" if growth is not None else "—",
                "",
                "flat (0)",
                mark(growth is not None and growth <= 0.05),
            )
        )
    lines = ["| measure | mocparse | natasha baseline | target | |", "|---|---:|---:|---|---|"]
    lines.extend(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)
    loads = [f"{name} {results[name]['load_average_before'][0]}" for name in SECTIONS if name in results]
    lines.append("")
    lines.append(
        f"1-minute load average before each section: {', '.join(loads)} (on {results['machine']['nproc']} CPUs)."
    )
    return "\n".join(lines)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json", help="JSON results file")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of the warm measurements (median)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--whole-runs", type=int, default=3)
    parser.add_argument("--batch-copies", type=int, default=14, help="copies of each of the 15 corpus files")
    parser.add_argument("--batch-repeats", type=int, default=3, help="runs of each --jobs value (median)")
    parser.add_argument("--memory-docs", type=int, default=1000)
    parser.add_argument("--vocab-docs", type=int, default=300, help="documents of the new-vocabulary stress test")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        help="run only these sections",
    )
    parser.add_argument("--quick", action="store_true", help="smoke test: 1 repeat, small batch and memory runs")
    parser.add_argument("--worker", nargs=2, metavar=("NAME", "JSON"), help=argparse.SUPPRESS)
    parser.add_argument("--pool", nargs=3, metavar=("SRC", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        name, params = args.worker
        print(json.dumps(WORKERS[name](json.loads(params))))
        return 0
    if args.pool:  # pragma: no cover - fallback only
        pool_batch(args.pool[0], args.pool[1], int(args.pool[2]))
        return 0
    if args.quick:
        args.repeats, args.cold_runs, args.whole_runs, args.batch_copies, args.memory_docs = 1, 2, 1, 2, 30
        args.vocab_docs, args.batch_repeats = 20, 1

    sections = args.only or list(SECTIONS)
    # Bytecode as an installed package has it: pip compiles .pyc files at install time, while an
    # editable checkout run with PYTHONDONTWRITEBYTECODE would compile every module in every process.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "mocparse")], check=True)
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, "bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine(),
        "targets": TARGETS,
        "load_average_start": load_average(),
    }
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mocparse-bench-") as tmp:
        workdir = Path(tmp)
        for section in sections:
            before = load_average()
            if section == "throughput":
                results[section] = section_throughput(args.repeats)
            elif section == "cold":
                results[section] = section_cold(args.cold_runs)
            elif section == "whole":
                results[section] = section_whole(workdir, args.whole_runs)
            elif section == "linearity":
                results[section] = section_linearity(max(1, min(args.repeats, 3)))
            elif section == "batch":
                results[section] = section_batch(workdir, args.batch_copies, args.batch_repeats)
            elif section == "memory":
                results[section] = section_memory(args.memory_docs)
            elif section == "vocab":
                results[section] = section_vocab(args.vocab_docs)
            results[section]["load_average_before"] = before
    results["load_average_end"] = load_average()
    results["bench_seconds"] = time.perf_counter() - started
    table = markdown(results)
    results["table_markdown"] = table
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table)
    log(f"done in {results['bench_seconds']:.0f} s; results in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
