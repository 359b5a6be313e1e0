"""Persons with roles.

Names are found per sentence or table cell, in the forms reports use: ``Фамилия И.О.``,
``И.О. Фамилия`` (``Н.И.Карпова``, ``В.ЗАХАРОВ``), ``Фамилия Имя Отчество``,
``Имя Отчество Фамилия``, ``Имя Фамилия``; several names in one cell are split. Each name
is put in the nominative ``Фамилия И.О.`` using the case the sentence gives it (the role
noun it stands with, or the preposition before it) and the sex its first name, patronymic or
surname form shows: ``экспертом МОЦ Ивановой М.В.`` -> ``Иванова М.В.``, ``администратором
Петровым А.В.`` -> ``Петров А.В.``; indeclinable surnames stay as written. People with the
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
    leaves no initials without a surname wins (``Смирнова Е.В. Орлова Я.О.``)."""
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
        window = words[index : index + 4]
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
    if len(window) >= 3 and _adjacent(text, window[:3]):
        a, b, c = (match.group() for match in window[:3])
        if _tag_of(b, "Name") and _tag_of(c, "Patr"):
            surname_follows = len(window) == 4 and _adjacent(text, window[2:]) and _tag_of(window[3].group(), "Surn")
            if surname_follows and not _tag_of(a, "Surn"):
                return None  # "с. Ключи Ольга Петровна Зайцева": the name starts at "Ольга"
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


def _preposition_case(segment: Segment, position: int) -> str | None:
    """The case a preposition right before character ``position`` governs."""
    words = re.findall(r"[А-Яа-яЁё]+", segment.text[max(0, position - 12) : position])
    if words and not segment.text[:position].rstrip().endswith((",", ".", ";", ":")):
        return _PREPOSITION_CASE.get(words[-1].lower())
    return None


def _surname_nominative(surname: str, cases: set[str], gender: str | None) -> tuple[str, str | None]:
    """Nominative form of a surname the sentence puts in one of ``cases``, and the sex it shows.
    A surname whose form allows one case only (``Соколовскую``) is read in that case."""
    if surname.isupper():
        if cases == {"nomn"}:
            return surname.capitalize(), gender
        surname = surname.capitalize()
    candidates = [parse for parse in parses(surname.lower()) if parse.tag.POS in {"NOUN", "ADJF"} and parse.tag.case]
    singular = [p for p in candidates if "Surn" in p.tag and p.tag.number != "plur"] or [
        p for p in candidates if ("anim" in p.tag or p.tag.POS == "ADJF") and p.tag.number != "plur"
    ]
    if gender is not None:
        singular = [p for p in singular if p.tag.gender in {gender, "ms-f"}] or singular
    own_cases = {parse.tag.case for parse in singular}
    order = [own_cases] if len(own_cases) == 1 else [cases, {"nomn"}]
    for wanted in order:
        options = [p for p in singular if p.tag.case in wanted]
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


def normalize(name: NameMatch, cases: set[str]) -> tuple[str, str, str | None]:
    """(nominative surname, initials, nominative full name or None)."""
    gender = None
    first = patronymic = None
    if name.first_name:
        first, gender, first_case = _word_nominative(name.first_name, "Name")
        cases = {first_case} if first_case else cases
    if name.patronymic:
        patronymic, patronymic_gender, _ = _word_nominative(name.patronymic, "Patr")
        gender = patronymic_gender or gender
    surname, gender = _surname_nominative(name.surname, cases, gender)
    if "ё" not in name.surname.lower():
        surname = surname.replace("ё", "е").replace("Ё", "Е")
    full_name = " ".join(part for part in (surname, first, patronymic) if part) if first and patronymic else None
    return surname, name.initials, full_name


def short_name(surname: str, initials: str) -> str:
    """``Фамилия И.О.``"""
    return f"{surname} {'.'.join(initials)}."


def responsible_names(segment: Segment, context: ExtractionContext) -> list[tuple[NameMatch, str, NameRoles]]:
    """Names in a cell or sentence with their nominative short form and the roles said of them."""
    names = find_names(segment.text)
    attached = attach_roles(segment, names, context)
    result = []
    for name in names:
        surname, initials, _ = normalize(name, attached[id(name)].cases)
        result.append((name, short_name(surname, initials), attached[id(name)]))
    return result


# --------------------------------------------------------------------------- roles


@dataclass
class _RoleCue:
    label: str
    start: int
    stop: int
    plural: bool
    cases: set[str]


@dataclass
class NameRoles:
    """Roles attached to one name in a sentence, and the grammatical cases they imply."""

    roles: list[str] = field(default_factory=list)
    cases: set[str] = field(default_factory=lambda: {"nomn"})
    organization: str | None = None
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of the role phrases said of this name (with what joins them to it)."""


_FILLER = re.compile(
    r"(?:\s|[()_:–—-]|[А-ЯЁ]{2,}[а-я]{0,2}(?:[ -][А-ЯЁ]{2,}[а-я]{0,2})*|«[^»]{0,120}»"
    r"|[А-ЯЁ][а-яё]+(?:ой|ый|ий|ая|ое|ого|ей|их)\b"  # a named organization: "МБОУ Терновской ООШ"
    r"|\bпо\s+(?:[а-яё]+\s+){0,4}?[а-яё]+(?=\s)"  # "специалист по связям с общественностью"
    r"|,?\s*(?:в\s+том\s+числе|в\s+т\.\s?ч\.|среди\s+них)\s*,?)*"
)
_GENITIVE_WORDS = re.compile(r"^\s*((?:[А-Яа-яЁё]+\s+){1,2})")
_NUMERAL = re.compile(r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|оба|обе)\s*$", re.IGNORECASE)


def _role_cues(segment: Segment, context: ExtractionContext) -> list[_RoleCue]:
    doc = segment.doc
    cues: list[_RoleCue] = []
    taken_until = -1
    for label, first, last in match_labels(context.rules.role_matcher, doc[:]):
        if first < taken_until:
            continue  # overlaps an earlier cue: "заместителя начальника управления" is one role
        taken_until = last
        head = doc[first]
        nouns = [parse for parse in parses(head.lower_) if parse.tag.POS == "NOUN"]
        best = nouns[0] if nouns else None
        start, stop = head.idx, doc[last - 1].idx + len(doc[last - 1].text)
        counted = bool(_NUMERAL.search(segment.text[max(0, start - 12) : start]))
        plural = counted or bool(best and best.tag.number == "plur")
        cases = {parse.tag.case for parse in nouns if parse.tag.case and parse.tag.number != "plur"} or {"nomn"}
        preposition = _preposition_case(segment, start)
        if counted:
            cases = {"nomn"}  # "два методиста – О.Н. Ковалева и ...": the names stand in the nominative
        elif preposition is not None:
            cases = {preposition}
        cues.append(_RoleCue(label, start, stop, plural, cases))
    return cues


def _is_filler(text: str) -> bool:
    """Only what may stand between a role and its person: organization names and abbreviations,
    quotes, brackets, dashes, "по ..." modifiers, and up to two genitive nouns ("начальник отдела")."""
    if len(text) > 160:
        return False
    if _FILLER.fullmatch(text) is not None:
        return True
    words = _GENITIVE_WORDS.match(text)
    if words is None:
        return False
    genitive = all(
        any(parse.tag.POS == "NOUN" and parse.tag.case == "gent" for parse in parses(word.lower()))
        for word in words.group(1).split()
    )
    return genitive and _FILLER.fullmatch(text[words.end() :]) is not None


def attach_roles(segment: Segment, names: list[NameMatch], context: ExtractionContext) -> dict[int, NameRoles]:
    """Roles of each name (by ``id``): a cue right before a name (several cues joined by ``и``
    apply together; a plural cue applies to the whole group of names after it) or right after
    it (``Иванова М.В., старший методист``) unless that cue leads the next name."""
    result = {id(name): NameRoles() for name in names}
    for name in names:
        preposition = _preposition_case(segment, name.start)
        if preposition is not None:
            result[id(name)].cases = {preposition}
    cues = _role_cues(segment, context)
    groups = _groups(segment.text, names)
    targets: dict[int, list[NameMatch]] = {}
    for index in range(len(cues) - 1, -1, -1):
        cue = cues[index]
        following = next((name for name in names if name.start >= cue.stop), None)
        between = segment.text[cue.stop : following.start] if following else ""
        if following is not None and _is_filler(between):
            group = next(group for group in groups if following in group)
            chosen = group[group.index(following) :] if cue.plural else [following]
            targets[index] = chosen
            for name in chosen:
                entry = result[id(name)]
                # names in brackets or on a signature line are in the nominative:
                # "3 эксперта (Иванов И.И. и ...)", "И.о. директора ______ Т.Н. Петрова"
                entry.cases = {"nomn"} if "(" in between or "_" in between else cue.cases
                organization = re.search(r"[А-ЯЁ]{2,}", between)
                entry.organization = entry.organization or (organization.group() if organization else None)
        elif index + 1 in targets and re.fullmatch(r"\s+и\s+", segment.text[cue.stop : cues[index + 1].start]):
            targets[index] = targets[index + 1]  # "Руководитель МОЦ и директор ЦДТ – Белоусова ..."
        else:
            previous = next((name for name in reversed(names) if name.stop <= cue.start), None)
            joined = previous is not None and re.fullmatch(r"\s*[,–—-]\s*", segment.text[previous.stop : cue.start])
            if previous is not None and joined and not cue.plural:
                targets[index] = [previous]  # a plural noun after a name is another party, not a role
    for index, chosen in targets.items():
        cue = cues[index]
        for name in chosen:
            entry = result[id(name)]
            if cue.label not in entry.roles:
                entry.roles.append(cue.label)
            span = (cue.start, name.start) if cue.stop <= name.start else (name.stop, cue.stop)
            entry.role_spans.append(span)
    return result


def _groups(text: str, names: list[NameMatch]) -> list[list[NameMatch]]:
    """Names joined only by ``,``, ``и`` or spaces form one group (a plural role covers all of them)."""
    groups: list[list[NameMatch]] = []
    for name in names:
        if groups and re.fullmatch(r"[\s,]*(?:и\s+)?", text[groups[-1][-1].stop : name.start]):
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def _signature_role(
    annotated: AnnotatedDocument, segment: Segment, context: ExtractionContext, names: list[NameMatch]
) -> list[str]:
    """A name on a signature line (``_____ Л.О. Фамилия``) takes its role from the short lines above
    (``Директор МБУ ДО ЦДТ``), unless the line itself names the role."""
    text = segment.text
    if segment.block.kind is BlockKind.TABLE or "_" not in text or not names or "_" not in text[: names[0].start]:
        return []
    if match_labels(context.rules.role_matcher, segment.doc[:]):
        return []
    order = context.rules.role_order
    for previous in reversed(annotated.document.blocks[max(0, segment.block.index - 4) : segment.block.index]):
        previous_text = annotated.document.block_text(previous)
        if "_" in previous_text or previous.kind is BlockKind.LIST_ITEM or len(previous_text) > 80:
            break
        labels = match_labels(context.rules.role_matcher, make_doc(previous_text)[:])
        if labels:
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
        extra_roles = _column_roles(segment, context) + _signature_role(annotated, segment, context, names)
        attached = attach_roles(segment, names, context)
        for name in names:
            found = attached[id(name)]
            surname, initials, full_name = normalize(name, found.cases)
            key = (surname.lower().replace("ё", "е"), initials)
            person = people.setdefault(key, _PersonBuilder(surname, initials))
            person.full_name = person.full_name or full_name
            person.organization = person.organization or found.organization
            person.rules.add(name.rule)
            for role in [*found.roles, *extra_roles]:
                if role not in person.roles:
                    person.roles.append(role)
            person.mentions.append(segment.evidence(span=(name.start, name.stop)))
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
