"""The output models: a :class:`Report` and the facts in it, each with its :class:`Evidence`.

``report.model_dump(mode="json")`` is the stable JSON shape (``schema_version`` "1.1");
fields may be added in later versions, none are renamed (1.1 added fact spans, the plan/fact
``kind`` of counts and quantities, program dimensions, indicators and earlier values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

SCHEMA_VERSION = "1.1"


class Record(BaseModel):
    """Base of every output model: strict fields, stable JSON."""

    model_config = ConfigDict(extra="forbid")


class CellRef(Record):
    """Position of a table cell: table block, row and column on the grid."""

    row: int
    col: int


class TextSpan(Record):
    """A piece of the canonical text: ``text`` is ``document_text[start:end]``."""

    start: int
    end: int
    text: str


class Evidence(Record):
    """Where a fact was read: ``text`` is ``document_text[start:end]`` (a sentence or a table cell);
    ``span`` is the fact's own value inside it and ``phrase`` the words it was read from."""

    text: str
    start: int
    end: int
    block: int = Field(description="Index of the block in the document model.")
    page: int | None = None
    cell: CellRef | None = None
    span: TextSpan | None = Field(
        default=None, description="The value itself as written ('72,5 %', '20', 'Иванова М.В.'), inside the evidence."
    )
    phrase: TextSpan | None = Field(
        default=None,
        description="The words the fact was read from (the number with what it counts or measures).",
    )


class Fact(Record):
    """Common fields of an extracted fact."""

    evidence: Evidence
    rule: str = Field(description="Which extractor rule produced the fact, e.g. 'dates.academic_year'.")
    confidence: float = Field(ge=0.0, le=1.0)


class Precision(StrEnum):
    """How precise a date or period is."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ACADEMIC_YEAR = "academic_year"
    RANGE = "range"


class Period(Record):
    """A period of time with the text it was read from."""

    text: str
    start: dt.date | None = None
    end: dt.date | None = None


class DateFact(Fact):
    """An explicit date or period, normalized to ISO start and end."""

    text: str
    start: dt.date
    end: dt.date
    precision: Precision


class PreviousValue(Record):
    """A value for an earlier year given as a comparison."""

    value: int | float
    year: int | None = None


Kind = Literal["actual", "target"]
"""``target``: a planned value (plan, ориентир, довести до ...); ``actual``: an achieved one."""


class ProgramCount(Fact):
    """A count of educational programs, typed from ``rules/program_types.yaml``."""

    value: int
    program_type: str | None = Field(
        default=None, description="The most specific type id: a quality-assessment status, a form, a status, 'all'."
    )
    focus: str | None = Field(default=None, description="Направленность id ('technical', 'arts' ...).")
    form: str | None = Field(default=None, description="Form or audience id ('network', 'adapted' ...).")
    status: str | None = Field(default=None, description="Stage id ('published', 'certified', 'qa_passed' ...).")
    kind: Kind = "actual"
    year: int | None = None
    previous: PreviousValue | None = None
    qualifier: str | None = Field(default=None, description="Approximator as written: 'не менее', 'более' ...")
    part_of: int | None = Field(default=None, description="The total this count breaks down ('из них').")


class Quantity(Fact):
    """Another counted thing: organizations, certificates, rubles, children, meetings ..."""

    value: float
    unit: str
    subject: str = Field(description="The noun phrase counted, as written.")
    subject_key: str | None = Field(default=None, description="Lemmas of the subject's content words, for matching.")
    indicator: str | None = Field(default=None, description="Regional indicator id from rules/indicators.yaml.")
    kind: Kind = "actual"
    qualifier: str | None = None
    year: int | None = None
    previous: PreviousValue | None = None


class Percentage(Fact):
    """A percentage and what it measures."""

    value: float
    subject: str = Field(description="The noun phrase measured, as written.")
    subject_key: str | None = Field(default=None, description="Lemmas of the subject's content words, for matching.")
    indicator: str | None = Field(default=None, description="Regional indicator id from rules/indicators.yaml.")
    kind: Kind | None = None
    year: int | None = None
    previous: PreviousValue | None = None
    head_count: int | None = Field(default=None, description="People the share stands for: '11,4 (44)' -> 44.")


class Task(Fact):
    """A task (задача) of the centre."""

    number: str | None
    text: str


class Perspective(Fact):
    """A planned direction (перспектива) of the centre."""

    number: str | None
    text: str


class Activity(Fact):
    """A row of an activity / plan table or a 'Мероприятие N.M' section."""

    number: str | None
    title: str
    responsible: list[str] = Field(default_factory=list)
    deadline: Period | None = None
    result: str | None = None


class Person(Record):
    """A person named in the document, with every mention."""

    name: str = Field(description="Nominative 'Фамилия И.О.'.")
    full_name: str | None = None
    roles: list[str] = Field(default_factory=list)
    organization: str | None = None
    mentions: list[Evidence] = Field(default_factory=list)
    rule: str = "persons"
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)


class Organization(Fact):
    """An organization named in the document."""

    name: str


class LegalAct(Fact):
    """A cited legal or administrative act."""

    kind: str
    number: str | None = None
    date: dt.date | None = None
    title: str | None = None
    issuer: str | None = None


class DocumentKind(StrEnum):
    """What sort of document a report is."""

    REPORT = "report"
    PLAN = "plan"
    ANALYSIS = "analysis"
    OTHER = "other"


class DocumentInfo(Record):
    """What the document is, whose it is, and the period it covers."""

    kind: DocumentKind = DocumentKind.OTHER
    title: str | None = None
    municipality: str | None = None
    region: str | None = None
    period: Period | None = None
    evidence: Evidence | None = None


class SourceRecord(Record):
    """The file a report was read from."""

    path: str
    sha256: str
    format: str
    pages: int | None = None


class ReportWarning(Record):
    """A cross-check that failed or a doubt worth a reviewer's look; never a silent fix."""

    code: str
    message: str
    evidence: Evidence | None = None


class Report(Record):
    """Everything mocparse read from one document."""

    schema_version: str = SCHEMA_VERSION
    mocparse_version: str = ""
    source: SourceRecord
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    tasks: list[Task] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    program_counts: list[ProgramCount] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    legal_acts: list[LegalAct] = Field(default_factory=list)
    perspectives: list[Perspective] = Field(default_factory=list)
    warnings: list[ReportWarning] = Field(default_factory=list)
    extensions: dict[str, list[Any]] = Field(
        default_factory=dict,
        description="Facts of fact families registered outside mocparse, by family name (mocparse.families).",
    )

    @model_validator(mode="before")
    @classmethod
    def _typed_extensions(cls, data: Any) -> Any:
        """Extension facts read from JSON become their registered record types."""
        if not isinstance(data, dict) or not data.get("extensions"):
            return data
        from mocparse.families import REGISTRY

        extensions = {}
        for name, facts in data["extensions"].items():
            record = REGISTRY[name].record if name in REGISTRY else None
            extensions[name] = [
                record.model_validate(fact) if record is not None and isinstance(fact, dict) else fact for fact in facts
            ]
        return {**data, "extensions": extensions}

    @classmethod
    def from_facts(cls, facts: Mapping[str, Sequence[Any]], **fields: Any) -> Report:
        """A report from facts by family name: built-in families fill their fields, others go to
        ``extensions``."""
        own = {name: list(value) for name, value in facts.items() if name in cls.model_fields}
        extensions = {name: list(value) for name, value in facts.items() if name not in cls.model_fields}
        return cls.model_validate({**fields, **own, "extensions": extensions})

    _document: Any = PrivateAttr(default=None)

    def attach_document(self, document: Any) -> None:
        """Keep the :class:`~mocparse.document.Document` the report was read from (not serialized),
        so a notebook can show the full text highlighted."""
        self._document = document

    def _repr_html_(self) -> str:
        """The review page in a frame, for Jupyter: the document with every fact highlighted
        (the evidence passages alone when the report was read from JSON)."""
        from html import escape

        from mocparse.review import evidence_document, render_review

        document = self._document
        page = render_review(document or evidence_document(self), self, partial=document is None)
        return (
            f'<iframe srcdoc="{escape(page, quote=True)}" style="width:100%;height:640px;border:1px solid #d8dee4" '
            f'title="{escape(self.source.path)}"></iframe>'
        )

    def facts(self, family: str) -> list[Any]:
        """The facts of one family (a built-in field or an extension)."""
        if family in type(self).model_fields and family not in _NOT_FAMILIES:
            value = getattr(self, family)
            return value if isinstance(value, list) else [value]
        return self.extensions.get(family, [])


_NOT_FAMILIES = frozenset({"schema_version", "mocparse_version", "source", "document", "warnings", "extensions"})
