"""Organizations named by their legal form (``МБУ ДО ДДТ г. ...``, ``МАОУДО Энский ЦДТ``,
``МБОУ СОШ № 14``, ``МАУ ДО ДЮОЦ «Радуга»``). Forms and institution types live in
``rules/document.yaml``."""

from __future__ import annotations

import re
from functools import cache

from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument
from mocparse.records import Organization


@cache
def _pattern(forms: tuple[str, ...], types: tuple[str, ...]) -> re.Pattern[str]:
    form = "|".join(re.escape(item) for item in sorted(forms, key=len, reverse=True))
    kind = "|".join(re.escape(item) for item in sorted(types, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{form})(?:\s+(?:{kind})(?![\w-]))*"
        rf"(?:\s+[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая)\s+(?:{kind}))?"
        rf"(?:\s+(?:№|N)\s?\d+)?(?:\s+(?:г\.|с\.|п\.|х\.|пгт)\s?[А-ЯЁ][а-яё]+(?:-[а-яё]+)*(?:-[А-ЯЁ][а-яё]+)?"
        rf"(?:\s[А-ЯЁ][а-яё]+)?)?"
        rf"(?:\s+«[^«»]{{2,80}}(?:«[^«»]*»[^«»]*)?»)?"
    )


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Organization]:
    """Organizations with a legal form, one entry per distinct name (first mention as evidence)."""
    rules = context.rules.document
    pattern = _pattern(tuple(rules.organization_forms), tuple(rules.institution_types))
    seen: set[str] = set()
    found: list[Organization] = []
    for segment in annotated.segments:
        for match in pattern.finditer(segment.text):
            name = " ".join(match.group().split())
            if len(name.split()) < 2 and "«" not in name:
                continue
            if name in seen:
                continue
            seen.add(name)
            found.append(
                Organization(name=name, evidence=segment.evidence(), rule="organizations.legal_form", confidence=0.8)
            )
    return found
