"""The output models: a :class:`Report` and the facts in it, each with its :class:`Evidence`.

``report.model_dump(mode="json")`` is the stable JSON shape (``schema_version`` "1.0");
fields may be added in later versions, none are renamed.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Record(BaseModel):
    """Base of every output model: strict fields, stable JSON."""

    model_config = ConfigDict(extra="forbid")


class CellRef(Record):
    """Position of a table cell: table block, row and column on the grid."""

    row: int
    col: int


class Evidence(Record):
    """Where a fact was read: ``text`` is ``document_text[start:end]`` (a sentence or a table cell)."""

    text: str
    start: int
    end: int
    block: int = Field(description="Index of the block in the document model.")
    page: int | None = None
    cell: CellRef | None = None


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

    value: int
    year: int | None = None


class ProgramCount(Fact):
    """A count of educational programs, typed from ``rules/program_types.yaml``."""

    value: int
    program_type: str | None = None
    year: int | None = None
    previous: PreviousValue | None = None
    qualifier: str | None = Field(default=None, description="Approximator as written: 'не менее', 'более' ...")
    part_of: int | None = Field(default=None, description="The total this count breaks down ('из них').")


class Quantity(Fact):
    """Another counted thing: organizations, certificates, rubles, children, meetings ..."""

    value: float
    unit: str
    subject: str
    qualifier: str | None = None
    year: int | None = None


class Percentage(Fact):
    """A percentage and what it measures."""

    value: float
    subject: str
    kind: Literal["actual", "target"] | None = None
    year: int | None = None


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
