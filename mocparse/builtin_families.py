"""The fact families mocparse ships, registered in :data:`mocparse.families.REGISTRY` on import.

Registration order is the order reports, tables, sheets and the review page list the families;
``requires`` decides the order the extractors run in (dates and legal acts claim their numbers
before counts are read, counts before quantities ...).
"""

from __future__ import annotations

from collections.abc import Sequence

from mocparse import matching as m
from mocparse.families import REGISTRY, Agreement, Evaluation, FactFamily, IndicatorValue, Metric, Storage
from mocparse.records import (
    Activity,
    DateFact,
    LegalAct,
    Organization,
    Percentage,
    Person,
    Perspective,
    ProgramCount,
    Quantity,
    Report,
    Task,
)

Item = m.Item


def _number_text(value: float) -> str:
    """A number the Russian way: no useless ``.0``, a decimal comma, thin-space thousands."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.6f}".rstrip("0").rstrip(".").replace(",", "\u202f").replace(".", ",")


def _previous_text(previous: object) -> str:
    if previous is None:
        return ""
    value = getattr(previous, "value", None)
    year = getattr(previous, "year", None)
    return f"; ранее {_number_text(value or 0)}" + (f" ({year})" if year else "")


_KIND_RU = {"target": "план", "actual": "факт"}


def _describe_count(count: ProgramCount) -> str:
    parts = [f"{count.qualifier} " if count.qualifier else "", _number_text(count.value), " программ"]
    dimensions = [value for value in (count.status, count.form, count.focus) if value]
    if dimensions or count.program_type:
        parts.append(f" [{', '.join(dimensions) or count.program_type}]")
    parts.append(f", {_KIND_RU[count.kind]}")
    if count.year is not None:
        parts.append(f", {count.year}")
    parts.append(_previous_text(count.previous))
    if count.part_of is not None:
        parts.append(f"; часть из {_number_text(count.part_of)}")
    return "".join(parts)


def _describe_quantity(quantity: Quantity) -> str:
    qualifier = f"{quantity.qualifier} " if quantity.qualifier else ""
    indicator = f" [{quantity.indicator}]" if quantity.indicator else ""
    year = f", {quantity.year}" if quantity.year is not None else ""
    return (
        f"{qualifier}{_number_text(quantity.value)} {quantity.unit} — {m.short(quantity.subject)}{indicator}, "
        f"{_KIND_RU[quantity.kind]}{year}{_previous_text(quantity.previous)}"
    )


def _describe_percentage(percentage: Percentage) -> str:
    kind = f", {_KIND_RU[percentage.kind]}" if percentage.kind else ""
    indicator = f" [{percentage.indicator}]" if percentage.indicator else ""
    year = f", {percentage.year}" if percentage.year is not None else ""
    return (
        f"{_number_text(percentage.value)} % — {m.short(percentage.subject)}{indicator}{kind}{year}"
        f"{_previous_text(percentage.previous)}"
    )


def _describe_date(date: DateFact) -> str:
    if date.start == date.end:
        return f"{date.start.isoformat()} ({date.precision.value})"
    return f"{date.start.isoformat()} … {date.end.isoformat()} ({date.precision.value})"


def _describe_person(person: Person) -> str:
    parts = [person.name]
    if person.full_name:
        parts.append(f"({person.full_name})")
    if person.roles:
        parts.append("— " + ", ".join(person.roles))
    if person.organization:
        parts.append(f"[{person.organization}]")
    return " ".join(parts)


def _describe_act(act: LegalAct) -> str:
    parts = [act.kind]
    if act.number:
        parts.append(f"№ {act.number}")
    if act.date:
        parts.append(f"от {act.date.strftime('%d.%m.%Y')}")
    if act.issuer:
        parts.append(m.short(act.issuer, 60))
    if act.title:
        parts.append(f"«{m.short(act.title, 80)}»")
    return " ".join(parts)


def _describe_item(item: Task | Perspective) -> str:
    number = f"{item.number}. " if item.number else ""
    return f"{number}{m.short(item.text, 90)}"


def _describe_activity(activity: Activity) -> str:
    parts = [f"{activity.number}. " if activity.number else "", m.short(activity.title, 80)]
    if activity.responsible:
        parts.append(f"; ответственные: {', '.join(activity.responsible)}")
    if activity.deadline is not None:
        period = activity.deadline
        dates = f" = {period.start} … {period.end}" if period.start and period.end else ""
        parts.append(f"; срок: {period.text}{dates}")
    if activity.result:
        parts.append(f"; результат: {m.short(activity.result, 60)}")
    return "".join(parts)


def _count_indicator(count: ProgramCount) -> IndicatorValue | None:
    """A typed count of programs is the ``programs`` indicator, broken down by its type."""
    if count.program_type is None:
        return None
    return IndicatorValue(
        "programs",
        count.value,
        count.kind,
        count.year,
        "программ",
        count.program_type,
        count.part_of,
    )


def _quantity_indicator(quantity: Quantity) -> IndicatorValue | None:
    if quantity.indicator is None:
        return None
    return IndicatorValue(quantity.indicator, quantity.value, quantity.kind, quantity.year, quantity.unit)


def _percentage_indicator(percentage: Percentage) -> IndicatorValue | None:
    if percentage.indicator is None:
        return None
    return IndicatorValue(percentage.indicator, percentage.value, percentage.kind, percentage.year, "%")


def _merge_persons(persons: Sequence[Person], report: Report) -> list[Person]:
    """Persons of one document keyed by normalized name: variants of one name are merged."""
    from mocparse.db.load import merge_persons

    return merge_persons(persons, report.document.municipality)


def _person_key(person: Person, report: Report) -> str:
    from mocparse.db.load import person_key

    return person_key(person.name, report.document.municipality)


def _gold_has(item: Item, name: str) -> bool:
    return name in item


_LIST_ITEMS = Evaluation(
    key=lambda g, p: (g.get("number") or None) == (p.get("number") or None) and m.similar(g["text"], p["text"], 0.9),
    describe=lambda i: f"{i.get('number')}: {m.short(i['text'], 60)}",
    located=False,
)
"""Tasks and perspectives: items of a list, matched by their label and text."""


def _register() -> None:
    families = (
        FactFamily(
            name="tasks",
            record=Task,
            extractor="mocparse.extract.tasks:extract_tasks",
            label_ru="Задачи",
            label_en="Tasks",
            colour="#1e88e5",
            passage=True,
            describe=_describe_item,
            evaluation=_LIST_ITEMS,
        ),
        FactFamily(
            name="activities",
            record=Activity,
            extractor="mocparse.extract.activities:extract",
            label_ru="Мероприятия",
            label_en="Activities",
            colour="#8e24aa",
            passage=True,
            describe=_describe_activity,
            evaluation=Evaluation(
                key=m.same_row,
                describe=lambda i: f"{i.get('number')}: {m.short(i['title'], 60)}",
                located=False,
                metrics=(
                    Metric("responsible", lambda g, p: m.same_row(g, p) and m.responsible(g) == m.responsible(p)),
                    Metric("deadline", lambda g, p: m.same_row(g, p) and m.deadline(g) == m.deadline(p)),
                ),
            ),
            storage=Storage(
                table="activities",
                row_name="activity",
                child_tables={"responsible": ("activity_responsible", "responsible")},
            ),
        ),
        FactFamily(
            name="program_counts",
            record=ProgramCount,
            extractor="mocparse.extract.program_counts:extract",
            requires=("dates", "legal_acts"),
            label_ru="Программы",
            label_en="Program counts",
            colour="#f6c343",
            describe=_describe_count,
            indicator=_count_indicator,
            storage=Storage(table="program_counts", indexed=("program_type", "focus", "form", "status")),
            evaluation=Evaluation(
                key=lambda g, p: g["value"] == p["value"] and g.get("program_type") == p.get("program_type"),
                describe=lambda i: f"{i['value']} {i.get('program_type')}",
                metrics=(
                    Metric(
                        "previous",
                        lambda g, p: (
                            g["value"] == p["value"]
                            and g.get("program_type") == p.get("program_type")
                            and m.previous(g) == m.previous(p)
                        ),
                    ),
                    Metric(
                        "kind",
                        lambda g, p: (
                            g["value"] == p["value"]
                            and g.get("program_type") == p.get("program_type")
                            and g.get("kind") == p.get("kind")
                        ),
                        needs=("kind",),
                    ),
                ),
                loose=lambda g, p: g["value"] == p["value"],
                agreements=(
                    Agreement("type", lambda i: i.get("program_type"), "program_type"),
                    Agreement("focus", lambda i: i.get("focus"), "focus"),
                    Agreement("form", lambda i: i.get("form"), "form"),
                    Agreement("status", lambda i: i.get("status"), "status"),
                    Agreement("kind", lambda i: i.get("kind"), "kind"),
                    Agreement("previous", m.previous, "previous"),
                    Agreement("part_of", lambda i: i.get("part_of"), "part_of"),
                ),
            ),
        ),
        FactFamily(
            name="quantities",
            record=Quantity,
            extractor="mocparse.extract.quantities:extract",
            requires=("dates", "legal_acts", "percentages", "program_counts"),
            label_ru="Количества",
            label_en="Quantities",
            colour="#9ccc65",
            describe=_describe_quantity,
            indicator=_quantity_indicator,
            storage=Storage(table="quantities", indexed=("indicator",)),
            evaluation=Evaluation(
                key=lambda g, p: (
                    m.number(g["value"]) == m.number(p["value"]) and m.same_unit(g.get("unit"), p.get("unit"))
                ),
                describe=lambda i: f"{i['value']} {i.get('unit')} ({m.short(i.get('subject'), 40)})",
                metrics=(
                    Metric(
                        "kind",
                        lambda g, p: (
                            m.number(g["value"]) == m.number(p["value"])
                            and m.same_unit(g.get("unit"), p.get("unit"))
                            and g.get("kind") == p.get("kind")
                        ),
                        needs=("kind",),
                    ),
                ),
                loose=lambda g, p: m.number(g["value"]) == m.number(p["value"]),
                agreements=(
                    Agreement("unit", lambda i: m.unit(i.get("unit")), "unit"),
                    Agreement("kind", lambda i: i.get("kind"), "kind"),
                    Agreement("indicator", lambda i: i.get("indicator"), "indicator"),
                    Agreement("previous", m.previous, "previous"),
                ),
            ),
        ),
        FactFamily(
            name="percentages",
            record=Percentage,
            extractor="mocparse.extract.percentages:extract",
            requires=("dates", "legal_acts"),
            label_ru="Проценты",
            label_en="Percentages",
            colour="#6ec6f1",
            describe=_describe_percentage,
            indicator=_percentage_indicator,
            storage=Storage(table="percentages", indexed=("indicator",)),
            evaluation=Evaluation(
                key=lambda g, p: m.number(g["value"]) == m.number(p["value"]),
                describe=lambda i: f"{i['value']}% ({i.get('kind')}) {m.short(i.get('subject'), 50)!r}",
                metrics=(
                    Metric(
                        "kind",
                        lambda g, p: m.number(g["value"]) == m.number(p["value"]) and g.get("kind") == p.get("kind"),
                    ),
                ),
                loose=lambda g, p: m.number(g["value"]) == m.number(p["value"]),
                agreements=(
                    Agreement("kind", lambda i: i.get("kind"), "kind"),
                    Agreement("indicator", lambda i: i.get("indicator"), "indicator"),
                    Agreement("previous", m.previous, "previous"),
                    Agreement("head_count", lambda i: i.get("head_count"), "head_count"),
                ),
            ),
        ),
        FactFamily(
            name="dates",
            record=DateFact,
            extractor="mocparse.extract.dates:extract",
            label_ru="Даты и периоды",
            label_en="Dates and periods",
            colour="#f48fb1",
            describe=_describe_date,
            evaluation=Evaluation(
                key=lambda g, p: (g["start"], g["end"]) == (p["start"], p["end"]),
                describe=lambda i: f"{i.get('text')!r} {i['start']}..{i['end']}",
                loose=lambda g, p: (g["start"], g["end"]) == (p["start"], p["end"]),
                agreements=(Agreement("precision", lambda i: i.get("precision"), "precision"),),
            ),
            storage=Storage(table="dates", renamed={"start": "start_date", "end": "end_date"}),
        ),
        FactFamily(
            name="persons",
            record=Person,
            extractor="mocparse.extract.persons:extract",
            label_ru="Персоны",
            label_en="Persons",
            colour="#ffab91",
            describe=_describe_person,
            evaluation=Evaluation(
                key=lambda g, p: m.person_name(g) == m.person_name(p),
                describe=lambda i: f"{i.get('name')} {i.get('roles') or ''}".rstrip(),
                located=False,
                metrics=(
                    Metric("roles", lambda g, p: m.person_name(g) == m.person_name(p) and m.roles(g) == m.roles(p)),
                ),
            ),
            storage=Storage(
                table="persons",
                row_name="person",
                child_tables={"roles": ("person_roles", "role"), "mentions": ("person_mentions", "")},
                prepare=_merge_persons,
                key_column=("person_key", _person_key),
            ),
        ),
        FactFamily(
            name="organizations",
            record=Organization,
            extractor="mocparse.extract.organizations:extract",
            label_ru="Организации",
            label_en="Organizations",
            colour="#b39ddb",
            describe=lambda organization: organization.name,
            evaluation=Evaluation(
                key=lambda g, p: m.similar(g.get("name"), p.get("name"), 0.9),
                describe=lambda i: str(i.get("name")),
                located=False,
            ),
        ),
        FactFamily(
            name="legal_acts",
            record=LegalAct,
            extractor="mocparse.extract.legal_acts:extract",
            label_ru="Правовые акты",
            label_en="Legal acts",
            colour="#80cbc4",
            describe=_describe_act,
            evaluation=Evaluation(
                key=lambda g, p: (
                    (g.get("number") or None) == (p.get("number") or None) and g.get("date") == p.get("date")
                ),
                describe=lambda i: f"{i.get('kind')} №{i.get('number')} {i.get('date')}",
                located=False,
                loose=lambda g, p: (
                    (g.get("number") or None) == (p.get("number") or None) and g.get("date") == p.get("date")
                ),
                agreements=(Agreement("kind", lambda i: m.norm(i.get("kind")), "kind"),),
            ),
            storage=Storage(table="legal_acts", renamed={"date": "act_date"}),
        ),
        FactFamily(
            name="perspectives",
            record=Perspective,
            extractor="mocparse.extract.tasks:extract_perspectives",
            label_ru="Перспективы",
            label_en="Perspectives",
            colour="#2e7d32",
            passage=True,
            describe=_describe_item,
            evaluation=_LIST_ITEMS,
        ),
    )
    REGISTRY.register(*families)


_register()
