"""Corrections recorded on the review page: accept, reject or correct each fact (docs/review.md).

The review page saves a :class:`Corrections` JSON file. ``mocparse load --corrections FILE``
stores it in the database, where it is applied every time the document is loaded again; a
complete review is also gold for ``mocparse eval --reviewed FILE``.

A decision finds its fact again by the fact as the reviewer saw it (its JSON), then by where it
was read (evidence and value span), so it still applies when the document is parsed again and
the facts moved in their list.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import Field, ValidationError

from mocparse.families import FactFamily, registry
from mocparse.records import Record, Report
from mocparse.vocabulary import VOCABULARY_FIELDS, vocabularies

FORMAT = "mocparse-corrections"
Decision = Literal["accepted", "rejected", "corrected"]


class CorrectionsError(ValueError):
    """A corrections file that cannot be read or does not fit its document."""


class FactReview(Record):
    """The reviewer's decision on one fact."""

    family: str = Field(description="Fact family name (program_counts, quantities ...).")
    index: int = Field(ge=0, description="Position of the fact in its family's list in the reviewed report.")
    decision: Decision = Field(description="accepted: right as it is; rejected: not a fact; corrected: see changes.")
    changes: dict[str, Any] = Field(
        default_factory=dict, description="Corrected field values (value, program_type, kind ...)."
    )
    fact: dict[str, Any] = Field(description="The fact as the reviewer saw it (the record's JSON).")
    comment: str | None = Field(default=None, description="The reviewer's note.")


class DocumentReview(Record):
    """Every decision on one document."""

    sha256: str = Field(description="SHA-256 of the reviewed file: the document's identity.")
    path: str = Field(description="The file as the report names it.")
    mocparse_version: str = Field(default="", description="The mocparse that produced the reviewed report.")
    reviewer: str | None = Field(default=None, description="Who reviewed, as they typed it.")
    saved_at: dt.datetime | None = Field(default=None, description="When the page saved the file.")
    complete: bool = Field(
        default=False, description="Every fact has a decision: the review can serve as gold (mocparse eval)."
    )
    document: dict[str, Any] | None = Field(default=None, description="The report's document information.")
    facts: list[FactReview] = Field(default_factory=list, description="Decisions, one per fact.")


class Corrections(Record):
    """A corrections file: reviews of one or more documents."""

    format: Literal["mocparse-corrections"] = Field(
        default="mocparse-corrections", description="Always 'mocparse-corrections'."
    )
    version: Literal[1] = Field(default=1, description="Format version.")
    documents: list[DocumentReview] = Field(default_factory=list, description="One review per document.")


def read_corrections(path: Path) -> Corrections:
    """Read a corrections file; :class:`CorrectionsError` says in one line what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CorrectionsError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorrectionsError(f"{path}: not a JSON file ({error})") from None
    if isinstance(data, dict) and "documents" not in data and "sha256" in data:
        data = {"format": FORMAT, "version": 1, "documents": [data]}
    try:
        return Corrections.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CorrectionsError(f"{path}: not a mocparse corrections file ({where}: {first['msg']})") from None


def merged(files: Iterable[Corrections]) -> dict[str, DocumentReview]:
    """Reviews by document; a later file's decision on the same fact replaces an earlier one."""
    reviews: dict[str, DocumentReview] = {}
    for corrections in files:
        for review in corrections.documents:
            earlier = reviews.get(review.sha256)
            if earlier is None:
                reviews[review.sha256] = review
                continue
            later = {fact_key(item.family, item.fact) for item in review.facts}
            kept = [item for item in earlier.facts if fact_key(item.family, item.fact) not in later]
            reviews[review.sha256] = review.model_copy(update={"facts": [*kept, *review.facts]})
    return reviews


# --------------------------------------------------------------------------- finding a fact again


def _where(fact: dict[str, Any]) -> dict[str, Any] | None:
    evidence = fact.get("evidence")
    if isinstance(evidence, dict):
        return evidence
    for value in fact.values():  # persons: the first mention
        if isinstance(value, list) and value and isinstance(value[0], dict) and "start" in value[0]:
            return value[0]
    return None


def fact_key(family: str, fact: dict[str, Any]) -> str:
    """Where a fact was read: ``family@evidence start:end/value span start:end``; facts without
    evidence by their scalar fields."""
    evidence = _where(fact)
    if evidence is None:
        scalars = {k: v for k, v in sorted(fact.items()) if not isinstance(v, dict | list)}
        return f"{family}@{json.dumps(scalars, ensure_ascii=False, sort_keys=True)}"
    span = evidence.get("span") or {}
    return f"{family}@{evidence.get('start')}:{evidence.get('end')}/{span.get('start')}:{span.get('end')}"


def locate(facts: Sequence[dict[str, Any]], item: FactReview, taken: set[int]) -> int | None:
    """Position of the reviewed fact among ``facts`` (JSON): the same fact at its index, the same
    fact elsewhere, then a fact read at the same place."""
    if item.index < len(facts) and item.index not in taken and facts[item.index] == item.fact:
        return item.index
    for index, fact in enumerate(facts):
        if index not in taken and fact == item.fact:
            return index
    key = fact_key(item.family, item.fact)
    for index, fact in enumerate(facts):
        if index not in taken and fact_key(item.family, fact) == key:
            return index
    return None


@dataclass(slots=True)
class Applied:
    """A report with a review applied."""

    report: Report
    status: dict[tuple[str, int], Decision] = field(default_factory=dict)
    """(family, position in the corrected report) -> the decision on that fact."""
    unmatched: list[FactReview] = field(default_factory=list)
    """Decisions whose fact the report no longer has."""
    rejected: int = 0


def _changed(family: FactFamily, fact: Any, changes: dict[str, Any]) -> Any:
    data = fact.model_dump(mode="json")
    unknown = sorted(set(changes) - set(data))
    if unknown:
        raise CorrectionsError(f"{family.name}: no field {', '.join(unknown)} to correct")
    try:
        return family.record.model_validate({**data, **changes})
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CorrectionsError(f"{family.name}: the corrected {where} is not valid: {first['msg']}") from None


def apply_review(report: Report, review: DocumentReview | None) -> Applied:
    """The report as the reviewer corrected it: rejected facts removed, corrections applied."""
    if review is None or not review.facts:
        return Applied(report)
    by_family: dict[str, list[FactReview]] = {}
    for item in review.facts:
        by_family.setdefault(item.family, []).append(item)
    families = {family.name: family for family in registry()}
    result = Applied(report)
    updated: dict[str, list[Any]] = {}
    for name, items in by_family.items():
        family = families.get(name)
        if family is None:
            result.unmatched.extend(items)
            continue
        facts = list(report.facts(name))
        as_json = [fact.model_dump(mode="json") for fact in facts]
        decisions: dict[int, FactReview] = {}
        for item in items:
            found = locate(as_json, item, set(decisions))
            if found is None:
                result.unmatched.append(item)
            else:
                decisions[found] = item
        kept: list[Any] = []
        for index, fact in enumerate(facts):
            decided = decisions.get(index)
            if decided is not None and decided.decision == "rejected":
                result.rejected += 1
                continue
            if decided is not None and decided.decision == "corrected":
                fact = _changed(family, fact, decided.changes)
            if decided is not None:
                result.status[(name, len(kept))] = decided.decision
            kept.append(fact)
        updated[name] = kept
    own = {name: facts for name, facts in updated.items() if name in Report.model_fields}
    extensions = {**report.extensions, **{n: f for n, f in updated.items() if n not in Report.model_fields}}
    result.report = report.model_copy(update={**own, "extensions": extensions})
    return result


# --------------------------------------------------------------------------- reviews as gold


def reviewed_gold(review: DocumentReview) -> dict[str, Any]:
    """Gold (the shape of ``corpus/gold/*.json``) from a complete review: every fact that was not
    rejected, as corrected, quoted by its evidence."""
    if not review.complete:
        raise CorrectionsError(f"{review.path}: the review is not complete, so it cannot serve as gold")
    gold: dict[str, Any] = {"document": review.document or {}}
    for family in registry():
        if family.evaluation is not None:
            gold[family.name] = []
    for item in review.facts:
        if item.decision == "rejected" or item.family not in gold:
            continue
        fact = {**item.fact, **item.changes}
        evidence = _where(item.fact)
        if evidence is not None:
            fact["quote"] = evidence.get("text")
        fact.pop("evidence", None)
        gold[item.family].append(fact)
    return gold


# --------------------------------------------------------------------------- what a reviewer may edit


@dataclass(frozen=True, slots=True)
class EditableField:
    """A field of a record the review page lets the reviewer correct."""

    name: str
    kind: Literal["int", "float", "text", "choice"]
    optional: bool
    options: tuple[tuple[str, str], ...] = ()
    """(id, label) of a choice."""


_NOT_EDITABLE = {"rule", "confidence", "evidence", "subject_key", "mentions"}


def editable_fields(family: FactFamily) -> list[EditableField]:
    """The scalar fields of a family's record, vocabulary ids as choices from the rules in effect;
    ``value`` first."""
    from enum import Enum
    from types import UnionType
    from typing import Union

    vocab = vocabularies()
    found: list[EditableField] = []
    for name, info in family.record.model_fields.items():
        if name in _NOT_EDITABLE:
            continue
        annotation = info.annotation
        optional = False
        if get_origin(annotation) in (Union, UnionType) and type(None) in get_args(annotation):
            optional = True
            rest = [arg for arg in get_args(annotation) if arg is not type(None)]
            annotation = rest[0] if len(rest) == 1 else float if set(rest) <= {int, float} else None
        if name in VOCABULARY_FIELDS and name in vocab:
            options = tuple((term.id, term.label) for term in vocab[name])
            found.append(EditableField(name, "choice", True, options))
        elif get_origin(annotation) is Literal:
            from mocparse.vocabulary import KIND_LABELS

            options = tuple((str(v), KIND_LABELS.get(str(v), (str(v),))[0]) for v in get_args(annotation))
            found.append(EditableField(name, "choice", optional, options))
        elif isinstance(annotation, type) and issubclass(annotation, Enum):
            found.append(EditableField(name, "choice", optional, tuple((m.value, m.value) for m in annotation)))
        elif annotation is bool:
            found.append(EditableField(name, "choice", optional, (("true", "да"), ("false", "нет"))))
        elif annotation is int:
            found.append(EditableField(name, "int", optional))
        elif annotation is float:
            found.append(EditableField(name, "float", optional))
        elif annotation is str:
            found.append(EditableField(name, "text", optional))
    found.sort(key=lambda item: item.name != "value")
    return found


__all__ = [
    "Applied",
    "Corrections",
    "CorrectionsError",
    "DocumentReview",
    "EditableField",
    "FactReview",
    "apply_review",
    "editable_fields",
    "fact_key",
    "locate",
    "merged",
    "read_corrections",
    "reviewed_gold",
]
