"""Persons with roles.

Names are found per sentence or table cell, in the forms reports use: ``Фамилия И.О.``,
``И.О. Фамилия`` (``Н.И.Карпова``, ``В.ЗАХАРОВ``), ``Фамилия Имя Отчество``,
``Имя Отчество Фамилия``, ``Имя Фамилия``; several names in one cell are split. Each name
is put in the nominative ``Фамилия И.О.`` using the case the sentence gives it (the role
noun it stands with, or the preposition before it) and the sex its first name, patronymic or
surname form shows: ``экспертом МОЦ Кокиной М.В.`` -> ``Кокина М.В.``, ``администратором
Трошкиным А.В.`` -> ``Трошкин А.В.``; indeclinable surnames stay as written. People with the
same surname and other initials stay apart. Roles (``rules/roles.yaml``) come from a cue
next to the name, the header of the table column, or the lines above a signature.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from mocparse.document import BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.extract.tables import column_header
from mocparse.nlp import AnnotatedDocument, Segment
from mocparse.nlp.annotate import make_doc
from mocparse.nlp.morph import parses
from mocparse.records import Evidence, Person
from mocparse.rules import match_labels

_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_SURNAME_CAPS = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
_INITIALS_AFTER = re.compile(rf"(?<![\w.])(?P<surname>{_SURNAME})\s*(?P<i1>[А-ЯЁ])\.\s*(?P<i2>[А-ЯЁ])(?:\.|(?![а-яё]))")
_INITIALS_BEFORE = re.compile(
    rf"(?<![\w.])(?P<i1>[А-ЯЁ])\.\s?(?P<i2>[А-ЯЁ])\.\s?(?P<surname>{_SURNAME}|{_SURNAME_CAPS})(?![а-яё])"
)
_INITIAL_CAPS = re.compile(rf"(?<![\w.])(?P<i1>[А-ЯЁ])\.\s?(?P<i2>)(?P<surname>{_SURNAME_CAPS})(?!\w)")
_INITIALS = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.?")
_CAPITALIZED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_ORG_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,}[а-я]{0,2}$")
_PREPOSITION_CASE = {
    "у": "gent",
    "от": "gent",
    "для": "gent",
    "до": "gent",
    "из": "gent",
    "без": "gent",
    "около": "gent",
    "к": "datv",
    "по": "datv",
    "благодаря": "datv",
    "с": "ablt",
    "со": "ablt",
    "над": "ablt",
    "под": "ablt",
    "перед": "ablt",
    "между": "ablt",
    "о": "loct",
    "об": "loct",
    "при": "loct",
    "на": "accs",
    "через": "accs",
    "про": "accs",
}
_NOT_NAMES = {"МОЦ", "РМЦ", "ЦДТ", "ДДТ", "РФ", "ДО", "ДОД", "ПФ", "НОК", "СОШ", "МО"}


@dataclass
class NameMatch:
    """A name in a segment, before normalization (local offsets)."""

    start: int
    stop: int
    surname: str
    initials: str
    first_name: str | None = None
    patronymic: str | None = None
    rule: str = "persons.initials"


@dataclass
class _PersonBuilder:
    surname: str
    initials: str
    full_name: str | None = None
    roles: list[str] = field(default_factory=list)
    organization: str | None = None
    mentions: list[Evidence] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------- finding names


def _tile(text: str, first: re.Pattern[str], second: re.Pattern[str]) -> list[re.Match[str]]:
    chosen: list[re.Match[str]] = []
    for pattern in (first, second):
        for match in pattern.finditer(text):
            if all(match.end() <= kept.start() or match.start() >= kept.end() for kept in chosen):
                chosen.append(match)
    return sorted(chosen, key=lambda match: match.start())


def _uncovered_initials(text: str, matches: list[re.Match[str]]) -> int:
    return sum(
        1
        for initials in _INITIALS.finditer(text)
        if not any(match.start() <= initials.start() < match.end() for match in matches)
    )


def _initial_names(text: str) -> list[NameMatch]:
    """``Фамилия И.О.`` and ``И.О. Фамилия``; where both readings are possible, the tiling that
    leaves no initials without a surname wins (``Судакова Е.В. Яркина Я.О.``)."""
    after_first = _tile(text, _INITIALS_AFTER, _INITIALS_BEFORE)
    before_first = _tile(text, _INITIALS_BEFORE, _INITIALS_AFTER)
    matches = min(
        (after_first, before_first),
        key=lambda tiling: (_uncovered_initials(text, tiling), -_surname_like(tiling)),
    )
    matches = sorted(
        [
            *matches,
            *(
                m
                for m in _INITIAL_CAPS.finditer(text)
                if all(m.end() <= k.start() or m.start() >= k.end() for k in matches)
            ),
        ],
        key=lambda match: match.start(),
    )
    names = []
    for match in matches:
        surname = match.group("surname")
        if surname in _NOT_NAMES or (surname.isupper() and surname in _NOT_NAMES):
            continue
        if match.re is _INITIALS_AFTER and not _could_be_surname(surname):
            continue
        names.append(NameMatch(match.start(), match.end(), surname, match.group("i1") + match.group("i2")))
    return names


def _surname_like(matches: list[re.Match[str]]) -> int:
    """How many matched surnames the dictionary knows as surnames (or does not know at all)."""
    count = 0
    for match in matches:
        found = parses(match.group("surname").lower())
        if not found or any("Surn" in parse.tag for parse in found) or not found[0].is_known:
            count += 1
    return count


def _could_be_surname(word: str) -> bool:
    """False for ordinary capitalized words before initials (``Директор И.И.`` is a role)."""
    found = parses(word.lower())
    if not found:
        return True
    if any("Surn" in parse.tag for parse in found):
        return True
    best = found[0]
    return not (
        best.tag.POS in {"ADJF", "VERB", "PREP", "CONJ", "PRCL", "ADVB", "INFN"}
        or (best.score > 0.6 and "anim" not in best.tag and best.is_known)
    )


def _tag_of(word: str, grammeme: str) -> bool:
    return any(grammeme in parse.tag and parse.score >= 0.05 for parse in parses(word.lower()))


def _full_names(text: str, taken: list[NameMatch]) -> list[NameMatch]:
    """``Фамилия Имя Отчество``, ``Имя Отчество Фамилия`` and ``Имя Фамилия`` by morphology tags."""
    words = list(_CAPITALIZED.finditer(text))
    names: list[NameMatch] = []
    index = 0
    while index < len(words):
        window = words[index : index + 3]
        found = _full_name_at(text, window)
        if found is not None:
            name, used = found
            if all(name.stop <= other.start or name.start >= other.stop for other in taken):
                names.append(name)
            index += used
        else:
            index += 1
    return names


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()].strip() == "" for a, b in itertools.pairwise(words))


def _full_name_at(text: str, window: list[re.Match[str]]) -> tuple[NameMatch, int] | None:
    if len(window) == 3 and _adjacent(text, window):
        a, b, c = (match.group() for match in window)
        if _tag_of(b, "Name") and _tag_of(c, "Patr"):
            return NameMatch(window[0].start(), window[2].end(), a, b[0] + c[0], b, c, "persons.full_name"), 3
        if _tag_of(a, "Name") and _tag_of(b, "Patr"):
            return NameMatch(window[0].start(), window[2].end(), c, a[0] + b[0], a, b, "persons.full_name"), 3
    if len(window) >= 2 and _adjacent(text, window[:2]):
        a, b = (match.group() for match in window[:2])
        if _tag_of(a, "Name") and _tag_of(b, "Surn") and not _tag_of(b, "Patr") and not _tag_of(a, "Surn"):
            return NameMatch(window[0].start(), window[1].end(), b, a[0], a, None, "persons.first_last"), 2
    return None


def find_names(text: str) -> list[NameMatch]:
    """Every person name in a sentence or cell, in order."""
    initial_names = _initial_names(text)
    return sorted(initial_names + _full_names(text, initial_names), key=lambda name: name.start)


# --------------------------------------------------------------------------- normalizing


def _context_case(segment: Segment, name: NameMatch, context: ExtractionContext) -> tuple[str, str | None]:
    """The grammatical case the sentence puts the name in, and the role noun giving it."""
    doc = segment.doc
    tokens_before = [token for token in doc if token.idx + len(token.text) <= name.start]
    skipped = 0
    for token in reversed(tokens_before):
        if _ORG_ABBREVIATION.match(token.text) or token.text in {"(", "_", "__", "___"} or set(token.text) == {"_"}:
            skipped += 1
            continue
        lower = token.lower_
        if lower in _PREPOSITION_CASE:
            return _PREPOSITION_CASE[lower], None
        cases = [parse.tag.case for parse in parses(lower) if parse.tag.POS == "NOUN" and "anim" in parse.tag]
        if cases and _is_role_word(token.text, context):
            for case in ("ablt", "datv", "loct", "nomn", "gent", "accs"):
                if case in cases:
                    return case, token.text
        break
    return "nomn", None


def _is_role_word(word: str, context: ExtractionContext) -> bool:
    return bool(match_labels(context.rules.role_matcher, make_doc(word)[:]))


def _surname_nominative(surname: str, case: str, gender: str | None) -> tuple[str, str | None]:
    """Nominative form of a surname the sentence puts in ``case``, and the sex it shows.
    A surname whose form allows one case only (``Соколовскую``) is read in that case."""
    if surname.isupper():
        return surname.capitalize(), gender
    candidates = [parse for parse in parses(surname.lower()) if parse.tag.POS in {"NOUN", "ADJF"} and parse.tag.case]
    singular = [p for p in candidates if "Surn" in p.tag and p.tag.number != "plur"] or [
        p for p in candidates if ("anim" in p.tag or p.tag.POS == "ADJF") and p.tag.number != "plur"
    ]
    if gender is not None:
        singular = [p for p in singular if p.tag.gender in {gender, "ms-f"}] or singular
    own_cases = {parse.tag.case for parse in singular}
    order = [next(iter(own_cases))] if len(own_cases) == 1 else [case, "nomn"]
    for wanted_case in order:
        options = [p for p in singular if p.tag.case == wanted_case]
        if options:
            parse = options[0]
            if "Fixd" in parse.tag:
                return surname, gender
            grams = {"nomn", "sing"} | ({parse.tag.gender} if parse.tag.POS == "ADJF" and parse.tag.gender else set())
            inflected = parse.inflect(grams)
            if inflected is not None:
                found_gender = parse.tag.gender if parse.tag.gender in {"masc", "femn"} else gender
                return _capitalize(inflected.word), found_gender
    return surname, gender


def _capitalize(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _word_nominative(word: str, grammeme: str) -> tuple[str, str | None, str | None]:
    """Nominative of a first name or patronymic, with the sex and the case it was written in."""
    for parse in parses(word.lower()):
        if grammeme in parse.tag:
            inflected = parse.inflect({"nomn", "sing"})
            gender = parse.tag.gender if parse.tag.gender in {"masc", "femn"} else None
            return _capitalize(inflected.word if inflected else word), gender, parse.tag.case
    return word, None, None


def normalize(name: NameMatch, case: str) -> tuple[str, str, str | None]:
    """(nominative surname, initials, nominative full name or None)."""
    gender = None
    first = patronymic = None
    if name.first_name:
        first, gender, first_case = _word_nominative(name.first_name, "Name")
        case = first_case or case
    if name.patronymic:
        patronymic, patronymic_gender, _ = _word_nominative(name.patronymic, "Patr")
        gender = patronymic_gender or gender
    surname, gender = _surname_nominative(name.surname, case, gender)
    if "ё" not in name.surname.lower():
        surname = surname.replace("ё", "е").replace("Ё", "Е")
    full_name = " ".join(part for part in (surname, first, patronymic) if part) if first and patronymic else None
    return surname, name.initials, full_name


def short_name(surname: str, initials: str) -> str:
    """``Фамилия И.О.``"""
    return f"{surname} {'.'.join(initials)}."


def responsible_names(segment: Segment, context: ExtractionContext) -> list[tuple[NameMatch, str]]:
    """Names in a cell or sentence with their nominative short form."""
    result = []
    for name in find_names(segment.text):
        case, _ = _context_case(segment, name, context)
        surname, initials, _ = normalize(name, case)
        result.append((name, short_name(surname, initials)))
    return result


# --------------------------------------------------------------------------- roles


def _roles_near(segment: Segment, group: list[NameMatch], context: ExtractionContext) -> tuple[list[str], str | None]:
    """Roles said of a group of coordinated names: a cue just before the group or just after it."""
    doc = segment.doc
    matches = match_labels(context.rules.role_matcher, doc[:])
    start, stop = group[0].start, group[-1].stop
    roles: list[str] = []
    organization = None
    occupied: list[tuple[int, int]] = []
    for label, first, last in matches:
        if any(first < o_last and o_first < last for o_first, o_last in occupied):
            continue
        cue_start = doc[first].idx
        cue_stop = doc[last - 1].idx + len(doc[last - 1].text)
        between_before = segment.text[cue_stop:start]
        between_after = segment.text[stop:cue_start]
        before_ok = cue_stop <= start and _only_filler(between_before)
        after_ok = cue_start >= stop and re.fullmatch(r"\s*[,–—-]\s*", between_after) is not None
        if before_ok or after_ok:
            occupied.append((first, last))
            if label not in roles:
                roles.append(label)
            if before_ok:
                org = re.search(r"[А-ЯЁ]{2,}", between_before)
                organization = organization or (org.group() if org else None)
    return roles, organization


def _only_filler(text: str) -> bool:
    """Between a role cue and a name only organization abbreviations, brackets, dashes, underscores."""
    stripped = re.sub(r"[А-ЯЁ]{2,}[а-я]{0,2}|[\s()_,:–—-]|«[^»]{0,40}»", "", text)
    return stripped == "" and len(text) <= 60


def _groups(text: str, names: list[NameMatch]) -> list[list[NameMatch]]:
    """Names joined only by ``,``, ``и`` or spaces form one group that shares a role."""
    groups: list[list[NameMatch]] = []
    for name in names:
        if groups and re.fullmatch(r"[\s,]*(?:и\s+)?", text[groups[-1][-1].stop : name.start]):
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def _signature_role(annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext) -> list[str]:
    """A name on a signature line (``_____ Л.О. Фамилия``) takes its role from the lines above."""
    if segment.block.kind is BlockKind.TABLE or "_" not in annotated.document.block_text(segment.block)[:20]:
        return []
    blocks = annotated.document.blocks
    for previous in reversed(blocks[max(0, segment.block.index - 4) : segment.block.index]):
        text = annotated.document.block_text(previous)
        if "_" in text:
            break
        labels = match_labels(context.rules.role_matcher, make_doc(text)[:])
        if labels:
            order = context.rules.role_order
            return [min((label for label, _, _ in labels), key=lambda label: order[label])]
    return []


def _column_roles(segment: Segment, context: ExtractionContext) -> list[str]:
    header = column_header(segment)
    if not header:
        return []
    labels = match_labels(context.rules.role_matcher, make_doc(header)[:])
    order = context.rules.role_order
    return [min((label for label, _, _ in labels), key=lambda label: order[label])] if labels else []


# --------------------------------------------------------------------------- extractor


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Person]:
    """Every person named in the document, one entry per person with all mentions."""
    people: dict[tuple[str, str], _PersonBuilder] = {}
    for segment in annotated.segments:
        names = find_names(segment.text)
        if not names:
            continue
        extra_roles = _column_roles(segment, context) + _signature_role(annotated, segment, context)
        for group in _groups(segment.text, names):
            roles, organization = _roles_near(segment, group, context)
            for name in group:
                case, _ = _context_case(segment, name, context)
                surname, initials, full_name = normalize(name, case)
                key = (surname.lower().replace("ё", "е"), initials)
                person = people.setdefault(key, _PersonBuilder(surname, initials))
                person.full_name = person.full_name or full_name
                person.organization = person.organization or organization
                person.rules.add(name.rule)
                for role in [*roles, *extra_roles]:
                    if role not in person.roles:
                        person.roles.append(role)
                evidence = segment.evidence()
                person.mentions.append(evidence)
                context.claim("persons", segment.start + name.start, segment.start + name.stop)
    return [
        Person(
            name=short_name(person.surname, person.initials),
            full_name=person.full_name,
            roles=person.roles,
            organization=person.organization,
            mentions=person.mentions,
            rule="+".join(sorted(person.rules)),
            confidence=0.9 if person.roles or len(person.mentions) > 1 else 0.8,
        )
        for person in people.values()
    ]
