"""Accuracy against the hand-made gold: no fact family may drop below its recorded figure.

The figures are recorded with ``mocparse eval corpus -f all --json corpus/scores.json`` and
``mocparse eval corpus/heldout --json corpus/heldout/scores.json`` (see docs/evaluation.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS

from mocparse.evaluate import FamilyScore, QuoteLocator, evaluate

SUITES = [(CORPUS, fmt) for fmt in ("txt", "docx", "pdf")] + [(CORPUS / "heldout", "txt"), (CORPUS / "heldout2", "txt")]


@pytest.mark.parametrize(("corpus", "fmt"), SUITES, ids=[f"{c.name}-{f}" for c, f in SUITES])
def test_no_family_drops_below_its_recorded_f1(corpus: Path, fmt: str) -> None:
    recorded = json.loads((corpus / "scores.json").read_text(encoding="utf-8"))[fmt]
    scores = evaluate(corpus, fmt)
    dropped = {
        family: (round(scores.totals[family].f1, 4), figures["f1"])
        for family, figures in recorded.items()
        if family in scores.totals and scores.totals[family].f1 < figures["f1"] - 1e-4
    }
    assert not dropped, f"F1 dropped (now, recorded): {dropped}"


def test_headline_families_meet_the_targets_on_the_development_corpus() -> None:
    scores = evaluate(CORPUS, "txt")
    for family in ("persons", "dates", "percentages", "program_counts", "tasks"):
        assert scores.totals[family].f1 >= 0.95, family
    for family in ("activities.responsible", "document"):
        assert scores.totals[family].f1 >= 0.90, family


def test_scores_count_misses_and_false_hits() -> None:
    score = FamilyScore(true_positives=3, false_positives=1, false_negatives=2)
    assert (round(score.precision, 3), round(score.recall, 3), round(score.f1, 3)) == (0.75, 0.6, 0.667)


def test_quotes_are_found_whitespace_insensitively() -> None:
    locator = QuoteLocator("Охват детей\n\nсоставил   72,5 %.")
    assert locator.spans("детей составил 72,5") == [(6, 28)]
    assert locator.spans("нет такой цитаты") == []
