"""OCR accuracy on rendered scans of the corpus PDFs (issue 11).

Every page of each corpus/pdf report is rendered at 200 dpi, degraded (Gaussian blur, 0.2 % black
specks, a grey uneven background, a skew of ±1.5° alternating by page) and put back into a PDF as
an image. mocparse reads the scan through Tesseract and the original text PDF directly; reported:

* character accuracy: 1 - (Levenshtein distance / reference length) between the two canonical
  texts with whitespace collapsed (the text PDF is the reference);
* fact F1 against the gold annotations (corpus/gold, the matching rule of ``mocparse eval``) for
  the text PDF and for the scan, micro-averaged over every family;
* seconds per scanned page.

Run: ``.venv/bin/python bench/ocr.py [--out bench/ocr.json] [--stems kirensky_2023-2024_report ...]``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mocparse.evaluate import score_report  # noqa: E402
from mocparse.pipeline import parse_document  # noqa: E402
from mocparse.readers import read  # noqa: E402

CORPUS = ROOT / "corpus"


def degrade(image: Image.Image, page: int, rng: np.random.Generator) -> Image.Image:
    """Blur, skew, grey uneven background and specks."""
    angle = 1.5 if page % 2 else -1.5
    image = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BILINEAR)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(image, dtype=np.float32)
    height, width = pixels.shape
    background = 200 + 25 * np.linspace(0, 1, width)[None, :] * np.ones((height, 1))
    pixels = pixels / 255.0 * background
    pixels[rng.random(pixels.shape) < 0.002] = 0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def make_scan(source: Path, target: Path, dpi: int = 200) -> int:
    """Write the degraded scan of ``source`` to ``target``; return its page count."""
    rng = np.random.default_rng(11)
    pdf = pdfium.PdfDocument(str(source))
    canvas = Canvas(str(target), invariant=1)
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        image = degrade(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"), index, rng)
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(image), 0, 0, width=width, height=height)
        canvas.showPage()
    canvas.save()
    return len(pdf)


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one numpy row at a time (insertions by a running minimum)."""
    if not a:
        return len(b)
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    previous = np.arange(len(b) + 1, dtype=np.int32)
    offsets = np.arange(len(b) + 1, dtype=np.int32)
    for index, char in enumerate(a, start=1):
        current = np.empty_like(previous)
        current[0] = index
        substitute = previous[:-1] + (codes_b != ord(char))
        current[1:] = np.minimum(previous[1:] + 1, substitute)
        current = np.minimum.accumulate(current - offsets) + offsets
        previous = current
    return int(previous[-1])


def micro_f1(scores: dict[str, Any]) -> float:
    tp = sum(score.true_positives for score in scores.values())
    fp = sum(score.false_positives for score in scores.values())
    fn = sum(score.false_negatives for score in scores.values())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def measure(stem: str, work: Path) -> dict[str, Any]:
    text_pdf = CORPUS / "pdf" / f"{stem}.pdf"
    scan = work / f"{stem}.scan.pdf"
    pages = make_scan(text_pdf, scan)
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    reference = read(text_pdf)
    started = time.perf_counter()
    scanned = read(scan)
    seconds = time.perf_counter() - started
    ref_text, ocr_text = " ".join(reference.text.split()), " ".join(scanned.text.split())
    distance = levenshtein(ref_text, ocr_text)
    text_scores = score_report(parse_document(reference), gold, reference.text)
    scan_scores = score_report(parse_document(scanned), gold, scanned.text)
    return {
        "stem": stem,
        "pages": pages,
        "seconds_per_page": round(seconds / pages, 2),
        "char_accuracy": round(1 - distance / max(1, len(ref_text)), 4),
        "f1_text_pdf": round(micro_f1(text_scores), 3),
        "f1_scan": round(micro_f1(scan_scores), 3),
        "f1_scan_by_family": {name: round(score.f1, 3) for name, score in scan_scores.items()},
        "f1_text_by_family": {name: round(score.f1, 3) for name, score in text_scores.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--stems", nargs="*")
    args = parser.parse_args()
    stems = args.stems or sorted(path.stem for path in (CORPUS / "gold").glob("*.json"))
    results = []
    with tempfile.TemporaryDirectory(prefix="mocparse-ocr-") as work:
        for stem in stems:
            result = measure(stem, Path(work))
            results.append(result)
            print(json.dumps({k: v for k, v in result.items() if not k.startswith("f1_") or "by" not in k}), flush=True)
    print("| report | pages | s/page | character accuracy | fact F1 text PDF | fact F1 scan |")
    print("|---|---:|---:|---:|---:|---:|")
    for result in results:
        print(
            f"| {result['stem']} | {result['pages']} | {result['seconds_per_page']} | {result['char_accuracy']:.4f} "
            f"| {result['f1_text_pdf']:.3f} | {result['f1_scan']:.3f} |"
        )
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
