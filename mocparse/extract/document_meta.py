"""Document-level facts: kind, title, municipality, region and the period covered."""

from __future__ import annotations

import re
from collections import Counter

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.dates import find_dates
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.morph import lemma, parses
from mocparse.records import DocumentInfo, DocumentKind, Period, Precision

_TITLE_SEARCH_BLOCKS = 25
_TITLE_MAX_CHARS = 400
_PROPER = r"[А-ЯЁ][а-яё]+(?:-[а-яё]+)*(?:-[А-ЯЁ][а-яё]+)?"
_PROPER_UPPER = r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]+)*"


def to_nominative(words: list[str]) -> str:
    """Put a phrase like ``Энского муниципального района`` into the nominative singular,
    adjectives agreeing with the head noun (the last noun)."""
    head_gender = None
    for word in reversed(words):
        noun = next((p for p in parses(word.lower()) if p.tag.POS == "NOUN"), None)
        if noun is not None:
            head_gender = noun.tag.gender
            break
    result = []
    for word in words:
        candidates = parses(word.lower())
        adjective = next((p for p in candidates if p.tag.POS in {"ADJF", "PRTF"}), None)
        noun = next((p for p in candidates if p.tag.POS == "NOUN"), None)
        chosen = adjective if adjective is not None and (noun is None or candidates[0] is adjective) else noun
        inflected = None
        if chosen is not None:
            grams = {"nomn", "sing"}
            if chosen is adjective and head_gender in {"masc", "femn", "neut"}:
                grams.add(head_gender)
            inflected = chosen.inflect(grams)
        form = inflected.word if inflected is not None else word.lower()
        result.append(_restore_case(word, form))
    return " ".join(result)


def _restore_case(original: str, form: str) -> str:
    if original[:1].isupper():
        parts = form.split("-")
        return "-".join(part if part in {"на", "де", "ла"} else part.capitalize() for part in parts)
    return form


class _Places:
    """Municipality and region mentions of a document."""

    def __init__(self, context: ExtractionContext) -> None:
        rules = context.rules.document
        municipality_types = sorted(rules.municipality_types, key=len, reverse=True)
        type_words = "|".join(
            r"\s+".join(re.escape(word[:-2]) + r"[а-яё]*" for word in kind.split()) for kind in municipality_types
        )
        region_words = "|".join(
            r"\s+".join(re.escape(word[:-2]) + r"[а-яё]*" for word in kind.split())
            for kind in sorted(rules.region_types, key=len, reverse=True)
        )
        self.municipality = re.compile(rf"\b(?P<name>{_PROPER})\s+(?P<kind>{type_words})\b")
        self.region = re.compile(rf"\b(?P<name>{_PROPER})\s+(?P<kind>{region_words})\b")
        self.republic = re.compile(rf"\b(?P<kind>Республик[а-яё]*)\s+(?P<name>{_PROPER})\b")
        self.city = re.compile(
            rf"(?:\b[Гг]ород[а-яё]*|\bг\.)\s*(?P<name>{_PROPER}|{_PROPER_UPPER})\b|\bГОРОД[А-Я]*\s+(?P<upper>{_PROPER_UPPER})"
        )

    def municipalities(self, text: str) -> list[tuple[str, str, int]]:
        """(proper lemma, nominative phrase, weight) for each municipality mention."""
        found = []
        for match in self.municipality.finditer(text):
            name = match.group("name")
            if not _is_adjective(name):
                continue
            phrase = to_nominative([name, *match.group("kind").split()])
            weight = 3 if len(match.group("kind").split()) > 1 else 1
            found.append((lemma(name.lower()), phrase, weight))
        for match in self.city.finditer(text):
            name = match.group("name") or match.group("upper")
            nominative = to_nominative([name.capitalize()])
            found.append((lemma(name.lower()), f"город {nominative}", 2))
        return found

    def regions(self, text: str) -> list[str]:
        """Nominative region names mentioned in ``text``."""
        found = [
            to_nominative([match.group("name"), *match.group("kind").split()])
            for match in self.region.finditer(text)
            if _is_adjective(match.group("name"))
        ]
        found.extend(f"Республика {match.group('name')}" for match in self.republic.finditer(text))
        return found


def _is_adjective(word: str) -> bool:
    return any(parse.tag.POS == "ADJF" for parse in parses(word.lower()))


_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[А-ЯЁA-Z] ){2,}[А-ЯЁA-Z](?!\S)")


def despace(text: str) -> str:
    """Join letter-spaced words of titles: ``О Т Ч Е Т`` -> ``ОТЧЕТ``; where the spaces between
    words were lost too, the dictionary splits the run (``ПЛАНМЕРОПРИЯТИЙ`` -> ``ПЛАН МЕРОПРИЯТИЙ``)."""
    return _SPACED_LETTERS.sub(lambda match: _split_words(match.group().replace(" ", "")), text)


def _split_words(letters: str) -> str:
    """Split a run of letters into dictionary words, longest first; unchanged when it cannot."""
    from mocparse.nlp.morph import morph

    def split(rest: str) -> list[str] | None:
        if not rest:
            return []
        for end in range(len(rest), 1, -1):
            if morph().word_is_known(rest[:end].lower()):
                tail = split(rest[end:])
                if tail is not None:
                    return [rest[:end], *tail]
        return None

    words = split(letters) if len(letters) <= 40 else None
    return " ".join(words) if words else letters


def _kind_of(title: str, context: ExtractionContext) -> DocumentKind | None:
    """The kind whose cue comes first among the title's first words (``Отчет о реализации плана``
    is a report)."""
    words = [lemma(word.lower()) for word in re.findall(r"[А-Яа-яЁё]+", despace(title))[:4]]
    found: list[tuple[int, str]] = []
    for kind, cues in context.rules.document.kinds.items():
        for cue in cues:
            cue_lemmas = [lemma(word) for word in cue.split()]
            found.extend((i, kind) for i in range(len(words)) if words[i : i + len(cue_lemmas)] == cue_lemmas)
    return DocumentKind(min(found)[1]) if found else None


def _find_title(annotated: AnnotatedDocument, context: ExtractionContext) -> tuple[str, list[int]] | None:
    blocks = [block for block in annotated.document.blocks[:_TITLE_SEARCH_BLOCKS] if block.kind is not BlockKind.TABLE]
    for position, block in enumerate(blocks):
        text = annotated.document.block_text(block)
        if len(text) > _TITLE_MAX_CHARS or block.kind is BlockKind.LIST_ITEM:
            continue
        if _kind_of(text, context) is None:
            continue
        parts = [text]
        used = [block.index]
        if not _has_period(text):
            extra_parts: list[str] = []
            extra_used: list[int] = []
            for follower in blocks[position + 1 : position + 4]:
                follower_text = annotated.document.block_text(follower)
                if len(follower_text) > 160 or follower_text.startswith("(") or follower.kind is BlockKind.LIST_ITEM:
                    break
                extra_parts.append(follower_text)
                extra_used.append(follower.index)
                if _has_period(follower_text):
                    parts += extra_parts
                    used += extra_used
                    break
        return despace(" ".join(" ".join(parts).split())), used
    return None


_PERIOD_HINT = re.compile(r"(?:19|20)\d\d")


def _has_period(text: str) -> bool:
    return bool(_PERIOD_HINT.search(text))


def _title_segment(annotated: AnnotatedDocument, title: str, block_index: int) -> Segment:
    from mocparse.nlp.annotate import make_doc

    block = annotated.document.blocks[block_index]
    return Segment(title, block.start, block, make_doc(title))


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> DocumentInfo:
    """Kind, title, municipality, region and period; sets ``context.info`` for later extractors."""
    info = DocumentInfo()
    found = _find_title(annotated, context)
    title_text = ""
    if found is not None:
        title_text, used_blocks = found
        info.title = title_text
        info.kind = _kind_of(title_text, context) or DocumentKind.OTHER
        first_block = annotated.document.blocks[used_blocks[0]]
        segments = annotated.block_segments(first_block)
        if segments:
            info.evidence = segments[0].evidence()
        matches = find_dates(_title_segment(annotated, title_text, used_blocks[0]), context)
        if matches:
            best = max(matches, key=lambda m: (m.last - m.first, -m.start))
            text = title_text[best.start : best.stop]
            prefix = re.search(r"(?:за|на|в)\s+$", title_text[: best.start])
            if prefix:
                text = prefix.group() + text
            info.period = Period(text=text, start=best.first, end=best.last)
    else:
        info.kind = DocumentKind.REPORT
    if info.period is None:
        info.period = _first_reported_year(annotated, context)
    places = _Places(context)
    info.municipality = _choose_municipality(annotated, places, title_text)
    regions = Counter(region for segment in annotated.text_segments() for region in places.regions(segment.text))
    info.region = regions.most_common(1)[0][0] if regions else None
    context.info = info
    return info


def _first_reported_year(annotated: AnnotatedDocument, context: ExtractionContext) -> Period | None:
    for segment in annotated.text_segments():
        for match in find_dates(segment, context):
            if match.precision in {Precision.YEAR, Precision.ACADEMIC_YEAR}:
                before = segment.text[max(0, match.start - 4) : match.start].lower()
                if "до" in before:
                    continue
                return Period(text=segment.text[match.start : match.stop], start=match.first, end=match.last)
    return None


def _choose_municipality(annotated: AnnotatedDocument, places: _Places, title: str) -> str | None:
    mentions = [mention for segment in annotated.segments for mention in places.municipalities(segment.text)]
    if not mentions:
        return None
    title_names = {name for name, _, _ in places.municipalities(title)}
    weights: Counter[str] = Counter()
    for name, _, weight in mentions:
        weights[name] += weight
    chosen = max(title_names, key=lambda name: weights[name]) if title_names else weights.most_common(1)[0][0]
    forms: Counter[str] = Counter()
    for name, phrase, weight in mentions:
        if name == chosen:
            forms[phrase] += weight
    return forms.most_common(1)[0][0]
