"""Compare Reports with the hand-made gold files in ``corpus/gold`` and score each fact family.

Matching rule (documented in docs/evaluation.md): a predicted item matches a gold item when
their *key* is equal (table below) and, where the gold item has a ``quote`` that can be found
in the document text, the predicted evidence overlaps one occurrence of that quote. Each gold
item matches at most one prediction (greedy, in document order). Precision = matched /
predicted, recall = matched / gold, F1 their harmonic mean, summed over all documents.

| family | key |
|---|---|
| dates | start, end |
| percentages | value |
| percentages.kind | value, kind |
| program_counts | value, program_type |
| program_counts.previous | value, program_type, previous value and year |
| quantities | value, unit (abbreviations expanded by rules/units.yaml) |
| tasks, perspectives | number, text (similarity >= 0.9) |
| activities | number, title (similarity >= 0.85) |
| activities.responsible | as activities, and the same responsible list |
| activities.deadline | as activities, and the same deadline start/end |
| persons | nominative name |
| persons.roles | name and the same set of roles |
| legal_acts | number, date |
| document | each of kind, title, municipality, region, period as one item |
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from mocparse.records import Report

Item = dict[str, Any]
FORMAT_DIRS = {"txt": "txt", "docx": "docx", "pdf": "pdf"}


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


# --------------------------------------------------------------------------- helpers


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("ё", "е").split()).strip(" .;:,")


def _similar(a: str | None, b: str | None, threshold: float) -> bool:
    a, b = _norm(a), _norm(b)
    return a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


class QuoteLocator:
    """Finds gold quotes in the canonical text, whitespace-insensitively."""

    def __init__(self, text: str) -> None:
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


def _overlaps(evidence: Item | None, spans: list[tuple[int, int]]) -> bool:
    if not spans or evidence is None:
        return True
    return any(evidence["start"] < stop and start < evidence["end"] for start, stop in spans)


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
                if same(gold_item, predicted[index]) and _overlaps(predicted[index].get("evidence"), spans)
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


# --------------------------------------------------------------------------- keys


def _number(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


def _unit(unit: str | None) -> str:
    """A unit with abbreviations expanded by rules/units.yaml (``ОО`` and ``организация`` are one unit)."""
    from mocparse.rules import default_rules

    abbreviations = default_rules().units.abbreviations
    text = (unit or "").strip()
    return _norm(abbreviations.get(text) or abbreviations.get(text.rstrip(".")) or text)


def _person_name(item: Item) -> str:
    return _norm(item.get("name")).replace(" ", "")


def _responsible(item: Item) -> list[str]:
    return sorted(_norm(value).replace(" ", "") for value in item.get("responsible") or [])


def _deadline(item: Item) -> tuple[Any, Any]:
    deadline = item.get("deadline") or {}
    return deadline.get("start"), deadline.get("end")


def _same_row(a: Item, b: Item) -> bool:
    return (a.get("number") or None) == (b.get("number") or None) and _similar(a.get("title"), b.get("title"), 0.85)


def _previous(item: Item) -> tuple[Any, Any]:
    previous = item.get("previous") or {}
    return previous.get("value"), previous.get("year")


FAMILIES: dict[str, tuple[str, Callable[[Item, Item], bool], bool, Callable[[Item], str]]] = {
    # name: (report/gold list, same-key function, use quote location, describe)
    "dates": (
        "dates",
        lambda g, p: (g["start"], g["end"]) == (p["start"], p["end"]),
        True,
        lambda i: f"{i.get('text')!r} {i['start']}..{i['end']}",
    ),
    "percentages": (
        "percentages",
        lambda g, p: _number(g["value"]) == _number(p["value"]),
        True,
        lambda i: f"{i['value']}% ({i.get('kind')}) {i.get('subject', '')[:50]!r}",
    ),
    "percentages.kind": (
        "percentages",
        lambda g, p: _number(g["value"]) == _number(p["value"]) and g.get("kind") == p.get("kind"),
        True,
        lambda i: f"{i['value']}% kind={i.get('kind')}",
    ),
    "program_counts": (
        "program_counts",
        lambda g, p: g["value"] == p["value"] and g.get("program_type") == p.get("program_type"),
        True,
        lambda i: f"{i['value']} {i.get('program_type')}",
    ),
    "program_counts.previous": (
        "program_counts",
        lambda g, p: (
            g["value"] == p["value"] and g.get("program_type") == p.get("program_type") and _previous(g) == _previous(p)
        ),
        True,
        lambda i: f"{i['value']} {i.get('program_type')} previous={_previous(i)}",
    ),
    "quantities": (
        "quantities",
        lambda g, p: _number(g["value"]) == _number(p["value"]) and _unit(g.get("unit")) == _unit(p.get("unit")),
        True,
        lambda i: f"{i['value']} {i.get('unit')} ({i.get('subject', '')[:40]})",
    ),
    "tasks": (
        "tasks",
        lambda g, p: (g.get("number") or None) == (p.get("number") or None) and _similar(g["text"], p["text"], 0.9),
        False,
        lambda i: f"{i.get('number')}: {i['text'][:60]}",
    ),
    "perspectives": (
        "perspectives",
        lambda g, p: (g.get("number") or None) == (p.get("number") or None) and _similar(g["text"], p["text"], 0.9),
        False,
        lambda i: f"{i.get('number')}: {i['text'][:60]}",
    ),
    "activities": ("activities", _same_row, False, lambda i: f"{i.get('number')}: {i['title'][:60]}"),
    "activities.responsible": (
        "activities",
        lambda g, p: _same_row(g, p) and _responsible(g) == _responsible(p),
        False,
        lambda i: f"{i.get('number')}: {i.get('responsible')}",
    ),
    "activities.deadline": (
        "activities",
        lambda g, p: _same_row(g, p) and _deadline(g) == _deadline(p),
        False,
        lambda i: f"{i.get('number')}: {(i.get('deadline') or {}).get('text')} {_deadline(i)}",
    ),
    "persons": (
        "persons",
        lambda g, p: _person_name(g) == _person_name(p),
        False,
        lambda i: str(i.get("name")),
    ),
    "persons.roles": (
        "persons",
        lambda g, p: (
            _person_name(g) == _person_name(p)
            and sorted(map(_norm, g.get("roles") or [])) == sorted(map(_norm, p.get("roles") or []))
        ),
        False,
        lambda i: f"{i.get('name')} {i.get('roles')}",
    ),
    "legal_acts": (
        "legal_acts",
        lambda g, p: (g.get("number") or None) == (p.get("number") or None) and g.get("date") == p.get("date"),
        False,
        lambda i: f"{i.get('kind')} №{i.get('number')} {i.get('date')}",
    ),
}

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
        return _similar(g["value"], p["value"], 0.9)
    if g["field"] == "municipality":
        return _norm(p["value"]) in {
            _norm(g["value"]),
            *(_norm(value) for value in g.get("alternatives", [])),
        }
    if g["field"] == "period":
        return tuple(g["value"]) == tuple(p["value"])
    return _norm(str(g["value"])) == _norm(str(p["value"]))


def score_report(report: Report, gold: Item, text: str) -> dict[str, FamilyScore]:
    """Per-family scores of one report against its gold file."""
    predicted = report.model_dump(mode="json")
    locator = QuoteLocator(text)
    scores = {
        name: _match(gold.get(key, []), predicted.get(key, []), same, locator if located else None, describe)
        for name, (key, same, located, describe) in FAMILIES.items()
    }
    scores["document"] = _match(
        _document_items(gold.get("document", {}), True),
        _document_items(predicted.get("document", {}), False),
        _same_document_field,
        None,
        lambda i: f"{i['field']}={i['value']}",
    )
    return scores


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
    """The corpus document of a gold file in a format."""
    return corpus / FORMAT_DIRS[fmt] / f"{stem}.{fmt}"


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
    for family in families or scores.totals:
        score = scores.totals.get(family)
        if score is None:
            continue
        rows.append(
            f"{family:<26}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}"
        )
    return "\n".join(rows)
