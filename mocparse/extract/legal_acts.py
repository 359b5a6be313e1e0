"""Cited legal and administrative acts: kind, number, date, title, issuer.

``постановления Администрации ... района № 101 от 19.02.2020 г. «О создании ...»``,
``Указом Президента РФ от 07.05.2012 года №599``, ``Протокол № 4 от 01.03.2024г.``,
``N АБ-3915/06``, ``№157-ПП``. An act needs a number or a date; the document's own approval
stamp (``УТВЕРЖДЕНО приказом ...``) is not a citation. Kinds live in ``rules/legal_acts.yaml``.
"""

from __future__ import annotations

import re

from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import find_dates
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma
from mocparse.records import LegalAct, Precision

_NUMBER = re.compile(r"(?:№|(?<![А-Яа-яA-Za-z])N|No\.?)\s*(?P<number>[А-ЯA-Zа-я]{0,4}[-\s]?\d[\w./-]*)")
_TITLE = re.compile(r"«(?P<title>[^«»]*(?:«[^«»]*»[^«»]*)*)»")
_WINDOW_CHARS = 260
_ISSUER_END = re.compile(r"\s(?:от|N)\s|№|«|\s\d|,|\(")


def _issuer(window: str) -> str | None:
    """Who issued the act: the words between its kind and its number, date or title."""
    end = _ISSUER_END.search(window + " ")
    text = window[: end.start() if end else len(window)].strip()
    words = text.split()
    if not words or words[0].lower() in {"о", "об", "на", "в", "по", "от"}:
        return None
    return text


def _kind_positions(segment: Segment, kinds: set[str]) -> list[tuple[int, int, str]]:
    """Kind words outside quotes (``«Об утверждении положения»`` is a title, not an act)."""
    found = []
    for token in segment.doc:
        if token.lemma_ not in kinds or not token.text[:1].isalpha():
            continue  # the quote count below is only needed for kind words
        before = segment.text[: token.idx]
        if before.count("«") <= before.count("»"):
            found.append((token.idx, token.idx + len(token.text), token.lemma_))
    return found


def _is_stamp(annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext) -> bool:
    """The document's own approval (``УТВЕРЖДЕНО приказом ...``, ``Рассмотрено на заседании ...
    Протокол № 1``): a block that starts with a stamp word, or anything above the title."""
    title = context.info.evidence
    if title is not None and segment.block.index < title.block:
        return True
    block_text = annotated.document.block_text(segment.block).lstrip(' «"').lower()
    return any(block_text.startswith(word) for word in context.rules.legal_acts.stamp_words)


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[LegalAct]:
    """Every cited act with a number or a date."""
    kinds = {lemma(kind.split()[-1]) for kind in context.rules.legal_acts.kinds}
    acts: list[LegalAct] = []
    for segment in annotated.segments:
        positions = _kind_positions(segment, kinds)
        for index, (start, stop, kind) in enumerate(positions):
            window_end = positions[index + 1][0] if index + 1 < len(positions) else len(segment.text)
            window_end = min(window_end, stop + _WINDOW_CHARS)
            window = segment.text[stop:window_end]
            if _is_stamp(annotated, segment, context):
                continue
            number_match = _NUMBER.search(window)
            act_date = None
            date_end = None
            for match in find_dates(segment, context):
                if stop <= match.start < window_end and match.precision is Precision.DAY:
                    before = segment.text[max(stop, match.start - 4) : match.start]
                    if "от" in before or number_match is not None:
                        act_date = match.first
                        date_end = match.stop
                        break
            if number_match is None and act_date is None:
                continue
            title_match = _TITLE.search(window)
            number = number_match.group("number").rstrip(".,;") if number_match else None
            full_kind = (
                "федеральный закон"
                if kind == "закон" and segment.text[max(0, start - 12) : start].lower().strip().endswith("федеральный")
                else kind
            )
            claim_end = max(stop + (number_match.end() if number_match else 0), date_end or 0)
            acts.append(
                LegalAct(
                    kind=full_kind,
                    number=number,
                    date=act_date,
                    title=" ".join(title_match.group("title").split()) if title_match else None,
                    issuer=_issuer(window),
                    evidence=segment.evidence(span=(start, claim_end)),
                    rule="legal_acts.kind_number_date",
                    confidence=0.9 if number and act_date else 0.75,
                )
            )
            context.claim(segment.start + start, segment.start + claim_end)
    return _merge_repeats(acts)


def _merge_repeats(acts: list[LegalAct]) -> list[LegalAct]:
    """One item per act: a second citation of the same kind and number (or date) fills gaps only."""
    merged: dict[tuple[str, str], LegalAct] = {}
    for act in acts:
        key = (act.kind, act.number or (act.date.isoformat() if act.date else ""))
        first = merged.get(key)
        if first is None:
            merged[key] = act
            continue
        first.date = first.date or act.date
        first.title = first.title or act.title
        first.issuer = first.issuer or act.issuer
    return list(merged.values())
