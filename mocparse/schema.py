"""JSON Schemas of mocparse's outputs: the Report, and a line of a batch JSONL (a Report or an
error record), with a description on every property and enums for closed vocabularies.

The vocabularies (program types, statuses, forms, focuses, indicators) are those of the rules in
effect (``--rules DIR``), so a methodologist's new type is valid as soon as the rules have it.
``docs/report.schema.json`` and ``docs/jsonl.schema.json`` are these schemas for the bundled rules.
"""

from __future__ import annotations

import copy
from typing import Any

from mocparse.errors import ErrorKind
from mocparse.records import SCHEMA_VERSION, Report
from mocparse.rules import Rules
from mocparse.vocabulary import vocabularies

Schema = dict[str, Any]

DESCRIPTIONS: dict[str, str] = {
    # by field name; "Model.field" overrides a name for one model
    "schema_version": "Version of this JSON shape (fields are added in later versions, never renamed).",
    "mocparse_version": "The mocparse that produced the report.",
    "source": "The file the report was read from.",
    "document": "What the document is, whose it is and the period it covers.",
    "tasks": "Tasks (задачи) of the centre.",
    "activities": "Rows of activity / plan tables and 'Мероприятие N.M' sections.",
    "program_counts": "Counts of educational programs.",
    "quantities": "Other counted things: organizations, certificates, rubles, children, events ...",
    "percentages": "Percentages and what they measure.",
    "dates": "Explicit dates and periods.",
    "persons": "People named in the document, each with every mention.",
    "organizations": "Organizations named in the document.",
    "legal_acts": "Cited legal and administrative acts.",
    "perspectives": "Planned directions (перспективы) of the centre.",
    "warnings": "Cross-checks that failed and doubts worth a reviewer's look.",
    "evidence": "Where the fact was read.",
    "confidence": "How sure the extractor is, from 0 to 1.",
    "number": "The number as written ('1', '2.3').",
    "title": "The title as written.",
    "responsible": "Who is responsible, as written.",
    "deadline": "The deadline or period, as written and normalized.",
    "result": "The expected or achieved result, as written.",
    "row": "Row on the table grid (0-based).",
    "col": "Column on the table grid (0-based).",
    "text": "The text as written.",
    "start": "Start (ISO date, or a character offset in the canonical text).",
    "end": "End (ISO date, inclusive; or the character offset just after).",
    "precision": "How precise the date or period is.",
    "DocumentInfo.kind": "report, plan, analysis or other.",
    "DocumentInfo.title": "The document's title line.",
    "municipality": "The municipality (муниципальный район / округ / город) the document is about.",
    "region": "The region (область, край, республика).",
    "period": "The period the document covers.",
    "DocumentInfo.evidence": "Where the title or period was read.",
    "Evidence.text": "The sentence or table cell: document_text[start:end].",
    "Evidence.start": "Character offset of the evidence in the canonical text.",
    "Evidence.end": "Character offset just after the evidence.",
    "page": "Page number (PDF), when known.",
    "cell": "The table cell, when the evidence is one.",
    "LegalAct.kind": "The kind of act as written (приказ, постановление, распоряжение ...).",
    "LegalAct.title": "The act's title in quotes, as written.",
    "date": "The act's date.",
    "issuer": "Who issued the act, as written.",
    "name": "The name as written (a person: nominative 'Фамилия И.О.').",
    "value": "The number, normalized (decimal point, no thousands separators).",
    "kind": "actual: an achieved figure; target: a planned one (plan, ориентир, довести до ...).",
    "year": "The year the figure is for, when the text says it.",
    "previous": "A value for an earlier year given as a comparison.",
    "full_name": "The full name, when the text gives it.",
    "roles": "Roles of the person (руководитель МОЦ, методист ...).",
    "organization": "The person's organization, as written.",
    "mentions": "Every place the person is named.",
    "rule": "Which extractor rule produced the fact.",
    "unit": "The counted unit, lemmatized (программа, ребёнок, рубль ...).",
    "qualifier": "Approximator as written: 'не менее', 'более', 'до' ...",
    "code": "A short code of the warning.",
    "message": "What the warning says.",
    "ReportWarning.evidence": "Where the doubt lies.",
    "path": "The file path as given.",
    "sha256": "SHA-256 of the file's bytes: the document's identity.",
    "format": "The format the file was read as (docx, pdf, txt ...).",
    "pages": "Number of pages (PDF and converted formats).",
    "TextSpan.start": "Character offset in the canonical text.",
    "TextSpan.end": "Character offset just after.",
    "TextSpan.text": "document_text[start:end].",
    "PreviousValue.value": "The earlier value.",
    "PreviousValue.year": "The year of the earlier value, when said.",
}

_VOCABULARY_FIELDS = {"program_type", "focus", "form", "status", "indicator"}


def _describe(name: str, schema: Schema) -> None:
    for prop, sub in schema.get("properties", {}).items():
        if "description" not in sub:
            found = DESCRIPTIONS.get(f"{name}.{prop}") or DESCRIPTIONS.get(prop)
            if found is None:
                raise KeyError(f"no description for {name}.{prop}: give the field a description")
            sub["description"] = found


def _enum(sub: Schema, ids: list[str]) -> None:
    """Turn a string (or optional string) property into an enum of ``ids``."""
    branches = sub.get("anyOf")
    if branches is not None:
        for branch in branches:
            if branch.get("type") == "string":
                branch["enum"] = ids
        return
    if sub.get("type") == "string":
        sub["enum"] = ids


def report_schema(rules: Rules | None = None) -> Schema:
    """The Report's JSON Schema, every property described, vocabularies as enums."""
    schema = copy.deepcopy(Report.model_json_schema())
    vocab = {name: [term.id for term in terms] for name, terms in vocabularies(rules).items()}
    _describe("Report", schema)
    for name, definition in schema.get("$defs", {}).items():
        _describe(name, definition)
        for prop, sub in definition.get("properties", {}).items():
            if prop in _VOCABULARY_FIELDS and vocab.get(prop):
                _enum(sub, vocab[prop])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["description"] = "Everything mocparse read from one document (mocparse.records.Report)."
    return schema


def error_record_schema() -> Schema:
    """A batch error record: a file that could not be converted."""
    return {
        "type": "object",
        "title": "ErrorRecord",
        "description": "A file mocparse batch could not convert; a later run tries it again.",
        "additionalProperties": False,
        "required": ["error", "path", "sha256", "size", "schema_version", "mocparse_version"],
        "properties": {
            "error": {
                "type": "object",
                "description": "Why the file was not converted.",
                "additionalProperties": False,
                "required": ["kind", "message"],
                "properties": {
                    "kind": {
                        "type": "string",
                        "enum": [kind.value for kind in ErrorKind],
                        "description": "The kind of failure (docs/batch.md).",
                    },
                    "message": {"type": "string", "description": "What went wrong, in one line."},
                },
            },
            "path": {"type": "string", "description": "The file, relative to the batch folder or as given."},
            "sha256": {
                "anyOf": [{"type": "string", "pattern": "^[0-9a-f]{64}$"}, {"type": "null"}],
                "description": "SHA-256 of the file's bytes (null when the file could not be read).",
            },
            "size": {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "Size of the file in bytes."},
            "schema_version": {"type": "string", "description": "Report schema version of the batch."},
            "mocparse_version": {"type": "string", "description": "The mocparse that tried the file."},
        },
    }


def jsonl_schema(rules: Rules | None = None) -> Schema:
    """A line of a ``mocparse batch`` JSONL: a Report or an error record."""
    report = report_schema(rules)
    definitions = report.pop("$defs", {})
    report.pop("$schema", None)
    definitions["Report"] = report
    definitions["ErrorRecord"] = error_record_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mocparse batch JSONL line",
        "description": f"One line of a mocparse batch JSONL (schema version {SCHEMA_VERSION}): a report or an error.",
        "oneOf": [{"$ref": "#/$defs/Report"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": definitions,
    }


__all__ = ["DESCRIPTIONS", "error_record_schema", "jsonl_schema", "report_schema"]
