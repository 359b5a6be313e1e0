"""Score report JSON files made by another mocparse build (e.g. a frozen earlier release) against a
corpus's gold, with this build's evaluation: the way a blind set's first-run figures are recorded.

    # in the other build's environment, for every document: write <stem>.json and <stem>.txt
    other-venv/bin/python scripts/score_frozen.py --produce corpus/heldout3 --into /tmp/first-run
    # here: score them
    .venv/bin/python scripts/score_frozen.py --score corpus/heldout3 --into /tmp/first-run

``--produce`` uses only ``mocparse.read`` and ``mocparse.parse``, which every release has.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def produce(corpus: Path, into: Path) -> None:
    import mocparse

    into.mkdir(parents=True, exist_ok=True)
    for gold in sorted((corpus / "gold").glob("*.json")):
        stem = gold.stem
        found = sorted(p for p in (corpus / "docs").glob(f"{stem}.*") if p.is_file())
        if not found:
            print(f"{stem}: no document", file=sys.stderr)
            continue
        try:
            document = mocparse.read(found[0])
            report = mocparse.parse(found[0])
        except Exception as error:  # a failure is a first-run result too
            print(f"{stem}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        (into / f"{stem}.json").write_text(report.model_dump_json(), encoding="utf-8")
        (into / f"{stem}.txt").write_text(document.text, encoding="utf-8")


def score(corpus: Path, into: Path, details: bool) -> None:
    from mocparse.evaluate import CorpusScores, format_agreements, format_table, score_report

    scores = CorpusScores()
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        stem = gold_path.stem
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted_path = into / f"{stem}.json"
        if predicted_path.exists():
            predicted = json.loads(predicted_path.read_text(encoding="utf-8"))
            text = (into / f"{stem}.txt").read_text(encoding="utf-8")
        else:  # the document could not be read: everything is missed
            predicted, text = {}, ""
        scores.add(stem, score_report(predicted, gold, text))
    print(format_table(scores))
    print(format_agreements(scores))
    if details:
        for family, total in scores.totals.items():
            for miss in total.misses:
                print(f"  miss       {family}: {miss}")
            for hit in total.false_hits:
                print(f"  false hit  {family}: {hit}")
    print(json.dumps(scores.as_dict(), ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--produce", type=Path, metavar="CORPUS")
    action.add_argument("--score", type=Path, metavar="CORPUS")
    parser.add_argument("--into", type=Path, required=True)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    if args.produce:
        produce(args.produce, args.into)
    else:
        score(args.score, args.into, args.details)


if __name__ == "__main__":
    main()
