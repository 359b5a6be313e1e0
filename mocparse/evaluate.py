"""Compare Reports with the hand-made gold files of a corpus and score each fact family.

Matching rule (docs/evaluation.md): a predicted item matches a gold item when the family's *key*
(its ``Evaluation`` in the family registry, :mod:`mocparse.builtin_families`) says they are the
same and, where the gold item has a ``quote`` that can be found in the document text, the
predicted evidence overlaps one occurrence of that quote. Each gold item matches at most one
prediction (greedy, in document order). Precision = matched / predicted, recall = matched / gold,
F1 their harmonic mean, summed over all documents. Stricter variants (``program_counts.previous``,
``persons.roles`` ...) are scored the same way with a stricter key.

*Agreements* (``program_counts~type``, ``percentages~indicator`` ...) answer "of the facts found
with the right value, how many have the right attribute": pairs are matched by the family's loose
key, and each pair whose gold item has the attribute counts as agreeing or not.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mocparse.families import Evaluation, Metric, registry
from mocparse.matching import norm, similar
from mocparse.records import Report

if TYPE_CHECKING:
    from mocparse.corrections import DocumentReview

Item = dict[str, Any]
FORMAT_DIRS = {"txt": "txt", "docx": "docx", "pdf": "pdf"}
AS_STORED = "docs"
"""A corpus whose documents sit in ``docs/`` in whatever format each was published in."""


@dataclass
class FamilyScore:
    """Counts and the misses / false hits of one fact family."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched / predicted (1.0 when nothing was predicted and nothing expected)."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else (1.0 if not self.false_negatives else 0.0)

    @property
    def recall(self) -> float:
        """Matched / gold."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else (1.0 if not self.false_positives else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


# --------------------------------------------------------------------------- matching


class QuoteLocator:
    """Finds gold quotes in the canonical text, whitespace-insensitively."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions: list[int] = []
        chars: list[str] = []
        previous_space = False
        for index, char in enumerate(text):
            if char.isspace():
                if previous_space:
                    continue
                chars.append(" ")
                previous_space = True
            else:
                chars.append(char)
                previous_space = False
            self.positions.append(index)
        self.flat = "".join(chars)

    def spans(self, quote: str | None) -> list[tuple[int, int]]:
        """Every occurrence of ``quote`` as [start, stop) in the original text."""
        if not quote:
            return []
        needle = " ".join(quote.split())
        found = []
        start = self.flat.find(needle)
        while start >= 0:
            stop = start + len(needle) - 1
            found.append((self.positions[start], self.positions[stop] + 1))
            start = self.flat.find(needle, start + 1)
        return found

    def row_of(self, start: int, end: int) -> tuple[int, int]:
        """The line holding [start, end): a table row, whose cells the canonical text joins by tabs."""
        return self.text.rfind("\n", 0, start) + 1, (self.text.find("\n", end) + 1 or len(self.text) + 1) - 1


def _overlaps(evidence: Item | None, spans: list[tuple[int, int]], locator: QuoteLocator | None = None) -> bool:
    """The evidence overlaps one of the quote's places; a table cell's evidence is its whole row, so
    a quote of the row's name locates the values of that row."""
    if not spans or evidence is None:
        return True
    start, end = evidence["start"], evidence["end"]
    if locator is not None and evidence.get("cell") is not None:
        start, end = locator.row_of(start, end)
    return any(start < stop and first < end for first, stop in spans)


def _match(
    gold: list[Item],
    predicted: list[Item],
    same: Callable[[Item, Item], bool],
    locator: QuoteLocator | None,
    describe: Callable[[Item], str],
) -> FamilyScore:
    score = FamilyScore()
    unused = list(range(len(predicted)))
    for gold_item in gold:
        spans = locator.spans(gold_item.get("quote")) if locator is not None else []
        hit = next(
            (
                index
                for index in unused
                if same(gold_item, predicted[index]) and _overlaps(predicted[index].get("evidence"), spans, locator)
            ),
            None,
        )
        if hit is None:
            score.false_negatives += 1
            score.misses.append(describe(gold_item))
        else:
            unused.remove(hit)
            score.true_positives += 1
    score.false_positives = len(unused)
    score.false_hits = [describe(predicted[index]) for index in unused]
    return score


HEADLINE_FAMILIES = (
    "persons",
    "dates",
    "percentages",
    "program_counts",
    "tasks",
    "activities.responsible",
    "document",
)


def _document_items(document: Item, gold: bool) -> list[Item]:
    period = document.get("period") or {}
    items = [
        {"field": "kind", "value": document.get("kind")},
        {"field": "title", "value": document.get("title")},
        {
            "field": "municipality",
            "value": document.get("municipality"),
            "alternatives": document.get("municipality_alternatives", []) if gold else [],
        },
        {"field": "region", "value": document.get("region")},
        {"field": "period", "value": (period.get("start"), period.get("end")) if period else None},
    ]
    return [item for item in items if item["value"] not in (None, "", (None, None))]


def _same_document_field(g: Item, p: Item) -> bool:
    if g["field"] != p["field"]:
        return False
    if g["field"] == "title":
        return similar(g["value"], p["value"], 0.9)
    if g["field"] == "municipality":
        return norm(p["value"]) in {
            norm(g["value"]),
            *(norm(value) for value in g.get("alternatives", [])),
        }
    if g["field"] == "period":
        return tuple(g["value"]) == tuple(p["value"])
    return norm(str(g["value"])) == norm(str(p["value"]))


def _metric_same(metric: Metric, key: Callable[[Item, Item], bool]) -> Callable[[Item, Item], bool]:
    """A metric's comparison; gold items without the fields it needs are matched by the main key."""
    if not metric.needs:
        return metric.same
    return lambda g, p: metric.same(g, p) if all(name in g for name in metric.needs) else key(g, p)


def score_report(report: Report | Item, gold: Item, text: str) -> dict[str, FamilyScore]:
    """Per-family scores of one report (a Report or its JSON) against its gold file."""
    predicted = report.model_dump(mode="json") if isinstance(report, Report) else report
    extensions = predicted.get("extensions") or {}
    locator = QuoteLocator(text)
    scores: dict[str, FamilyScore] = {}
    for family in registry():
        spec = family.evaluation
        if spec is None or family.name not in gold:
            continue
        gold_items = gold.get(family.name) or []
        items = predicted.get(family.name, extensions.get(family.name, [])) or []
        where = locator if spec.located else None
        scores[family.name] = _match(gold_items, items, spec.key, where, spec.describe)
        for metric in spec.metrics:
            scores[f"{family.name}.{metric.name}"] = _match(
                gold_items, items, _metric_same(metric, spec.key), where, spec.describe
            )
        if spec.loose is not None and spec.agreements:
            for name, score in _agreements(gold_items, items, spec, where).items():
                scores[f"{family.name}~{name}"] = score
    scores["document"] = _match(
        _document_items(gold.get("document", {}), True),
        _document_items(predicted.get("document", {}), False),
        _same_document_field,
        None,
        lambda i: f"{i['field']}={i['value']}",
    )
    return scores


def _agreements(
    gold: list[Item], predicted: list[Item], spec: Evaluation, locator: QuoteLocator | None
) -> dict[str, FamilyScore]:
    """Pairs matched by the loose key, then per attribute: agreeing pairs are true positives,
    disagreeing ones both a false positive and a false negative (so P = R = F1 = agreement)."""
    assert spec.loose is not None
    pairs: list[tuple[Item, Item]] = []
    unused = list(range(len(predicted)))
    for gold_item in gold:
        spans = locator.spans(gold_item.get("quote")) if locator is not None else []
        candidates = [
            index
            for index in unused
            if spec.loose(gold_item, predicted[index]) and _overlaps(predicted[index].get("evidence"), spans, locator)
        ]
        if not candidates:
            continue
        # prefer the candidate that also matches the strict key (the same fact, not a neighbour)
        hit = next((index for index in candidates if spec.key(gold_item, predicted[index])), candidates[0])
        unused.remove(hit)
        pairs.append((gold_item, predicted[hit]))
    result: dict[str, FamilyScore] = {}
    for agreement in spec.agreements:
        score = FamilyScore()
        for gold_item, item in pairs:
            if agreement.field not in gold_item:
                continue
            expected, found = agreement.value(gold_item), agreement.value(item)
            if expected == found:
                score.true_positives += 1
            else:
                score.false_positives += 1
                score.false_negatives += 1
                score.misses.append(f"{spec.describe(gold_item)}: {agreement.name} {expected!r}, found {found!r}")
        result[agreement.name] = score
    return result


# --------------------------------------------------------------------------- corpus


@dataclass
class CorpusScores:
    """Summed scores over a corpus, per family, plus per-document scores."""

    totals: dict[str, FamilyScore] = field(default_factory=dict)
    documents: dict[str, dict[str, FamilyScore]] = field(default_factory=dict)

    def add(self, name: str, scores: dict[str, FamilyScore]) -> None:
        """Add one document's scores."""
        self.documents[name] = scores
        for family, score in scores.items():
            total = self.totals.setdefault(family, FamilyScore())
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
            total.misses.extend(f"{name}: {miss}" for miss in score.misses)
            total.false_hits.extend(f"{name}: {hit}" for hit in score.false_hits)

    def as_dict(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and counts per family (for JSON)."""
        return {
            family: {
                "precision": round(score.precision, 4),
                "recall": round(score.recall, 4),
                "f1": round(score.f1, 4),
                "tp": score.true_positives,
                "fp": score.false_positives,
                "fn": score.false_negatives,
            }
            for family, score in self.totals.items()
        }


def gold_files(corpus: Path) -> list[Path]:
    """The gold files of a corpus folder."""
    return sorted((corpus / "gold").glob("*.json"))


def document_for(corpus: Path, stem: str, fmt: str) -> Path:
    """The corpus document of a gold file in a format (``docs``: the one file of that stem in ``docs/``)."""
    if fmt == AS_STORED:
        found = sorted(path for path in (corpus / AS_STORED).glob(f"{stem}.*") if path.is_file())
        if not found:
            raise FileNotFoundError(f"{corpus / AS_STORED}: no document named {stem}.*")
        return found[0]
    return corpus / FORMAT_DIRS[fmt] / f"{stem}.{fmt}"


def corpus_formats(corpus: Path) -> list[str]:
    """The renderings a corpus folder holds: ``docs`` and/or txt, docx, pdf."""
    names = [AS_STORED, *FORMAT_DIRS]
    return [name for name in names if (corpus / name).is_dir()]


def evaluate(
    corpus: Path,
    fmt: str = "txt",
    parse: Callable[[Path], tuple[Report, str]] | None = None,
) -> CorpusScores:
    """Score every gold document of ``corpus`` read in format ``fmt``."""
    if parse is None:
        parse = _parse_with_text
    result = CorpusScores()
    for gold_path in gold_files(corpus):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document_path = document_for(corpus, gold_path.stem, fmt)
        report, text = parse(document_path)
        result.add(gold_path.stem, score_report(report, gold, text))
    return result


def evaluate_reviewed(reviews: Iterable[DocumentReview], sources: Path | None = None) -> tuple[CorpusScores, list[str]]:
    """Score the current extraction against complete reviews (:func:`mocparse.corrections.reviewed_gold`):
    each reviewed file is found by its SHA-256 (at its path or under ``sources``) and parsed again.
    Returns the scores and what was skipped (incomplete reviews, files not found)."""
    from mocparse.corrections import reviewed_gold
    from mocparse.reviewing import find_source

    result = CorpusScores()
    skipped: list[str] = []
    for review in reviews:
        if not review.complete:
            skipped.append(f"{review.path}: the review is not complete")
            continue
        path = find_source(review.path, review.sha256, sources)
        if path is None:
            skipped.append(f"{review.path}: file not found (give --sources DIR)")
            continue
        report, text = _parse_with_text(path)
        result.add(Path(review.path).name or review.sha256[:12], score_report(report, reviewed_gold(review), text))
    return result, skipped


def _parse_with_text(path: Path) -> tuple[Report, str]:
    from mocparse.pipeline import parse_document
    from mocparse.readers import read

    document = read(path)
    return parse_document(document), document.text


# --------------------------------------------------------------------------- natasha baseline


def baseline_report(path: Path) -> tuple[Report, str]:
    """Plain natasha over the canonical text: NamesExtractor for persons, DatesExtractor for dates."""
    import datetime as dt

    from mocparse.nlp.baseline import natasha_extractors, natasha_person_spans
    from mocparse.readers import read
    from mocparse.records import DateFact, Evidence, Person, Precision, SourceRecord

    document = read(path)
    names, dates_extractor = natasha_extractors()
    text = document.text
    persons: dict[str, Person] = {}
    for span in natasha_person_spans(text):
        fact = names.find(span.normal or span.text)
        if fact is None or not fact.fact.last:
            continue
        parts = fact.fact
        initials = "".join(part[0] for part in (parts.first, parts.middle) if part)
        name = f"{parts.last} {'.'.join(initials)}." if initials else parts.last
        evidence = Evidence(text=text[span.start : span.stop], start=span.start, end=span.stop, block=0)
        persons.setdefault(name, Person(name=name, rule="natasha.NER+NamesExtractor")).mentions.append(evidence)
    found_dates = []
    for match in dates_extractor(text):
        fact = match.fact
        if not fact.year:
            continue
        year = fact.year if fact.year > 100 else 2000 + fact.year
        try:
            if fact.month and fact.day:
                start = end = dt.date(year, fact.month, fact.day)
                precision = Precision.DAY
            elif fact.month:
                start = dt.date(year, fact.month, 1)
                end = dt.date(year + (fact.month == 12), fact.month % 12 + 1, 1) - dt.timedelta(days=1)
                precision = Precision.MONTH
            else:
                start, end, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
        except ValueError:
            continue
        found_dates.append(
            DateFact(
                text=text[match.start : match.stop],
                start=start,
                end=end,
                precision=precision,
                evidence=Evidence(text=text[match.start : match.stop], start=match.start, end=match.stop, block=0),
                rule="natasha.DatesExtractor",
                confidence=0.5,
            )
        )
    source = SourceRecord(path=str(path), sha256=document.source.sha256, format=document.source.format)
    return Report(source=source, persons=list(persons.values()), dates=found_dates), text


def format_table(scores: CorpusScores, families: Iterable[str] | None = None) -> str:
    """A plain-text table of precision / recall / F1 per family."""
    rows = [f"{'family':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for family in families or [name for name in scores.totals if "~" not in name]:
        score = scores.totals.get(family)
        if score is None:
            continue
        rows.append(
            f"{family:<26}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
        )
    return "\n".join(rows)


def format_agreements(scores: CorpusScores) -> str:
    """A plain-text table of attribute agreement on matched pairs (family~attribute)."""
    rows = [f"{'agreement':<30}{'share':>7}{'agree':>7}{'pairs':>7}"]
    for name, score in scores.totals.items():
        if "~" not in name:
            continue
        pairs = score.true_positives + score.false_negatives
        share = score.true_positives / pairs if pairs else 1.0
        rows.append(f"{name:<30}{share:>7.3f}{score.true_positives:>7}{pairs:>7}")
    return "\n".join(rows)
