"""Person names: where they are in a text and what they are in the nominative.

Names are found in the forms reports and web pages use: ``Фамилия И.О.``, ``И.О. Фамилия``
(also unspaced ``Н.И.Карпова``, without the last dot ``Г.А Котова``, surnames in capitals
``ЗАХАРОВА В.В.``, ``В.ЗАХАРОВ``, one initial ``В. Захаров``), ``Фамилия Имя Отчество``,
``Имя Отчество Фамилия`` and ``Имя Фамилия`` (any of them in capitals). A first name with a
patronymic and no surname (``Марии Олеговне``) is a partial name: it names a person only when the
document names that person in full elsewhere.

Each name knows the grammatical cases its words allow (:func:`name_cases`); the sentence narrows
them (a role noun in agreement, a preposition), and :func:`surname_forms` gives the nominative
surname for the cases left, most likely first, with the sex the first name, the patronymic or the
surname form shows. Vocabulary (abbreviations that are never surnames, words that make a name part
of an organization's name) lives in ``rules/roles.yaml``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from mocparse.nlp.morph import parses
from mocparse.rules import Roles, Rules, default_rules

ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})

_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_SURNAME_CAPS = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
_ANY_SURNAME = rf"(?:{_SURNAME}|{_SURNAME_CAPS})"
_INITIALS_AFTER = re.compile(
    rf"(?<![\w.])(?P<surname>{_ANY_SURNAME})\s*(?P<i1>[А-ЯЁ])\.\s*(?P<i2>[А-ЯЁ])(?:\.|(?![а-яёА-ЯЁ]))"
)
_INITIALS_BEFORE = re.compile(
    rf"(?<![\w.])(?P<i1>[А-ЯЁ])\.\s?(?P<i2>[А-ЯЁ])(?:\.\s?|\s)(?P<surname>{_ANY_SURNAME})(?![а-яёА-ЯЁ])"
)
_ONE_INITIAL = re.compile(rf"(?<![\w.])(?P<i1>[А-ЯЁ])\.\s?(?P<i2>)(?P<surname>{_ANY_SURNAME})(?!\w)")
_INITIALS = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.?")
_LATIN = re.compile(r"[A-Za-z]")
_MAY_NAME = re.compile(r"[А-ЯЁ]\.|[А-ЯЁ][а-яёА-ЯЁ]+\s+[А-ЯЁ][а-яёА-ЯЁ]")
"""A text without an initial or two capitalized words in a row names nobody."""
_WORD = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})(?:-(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,}))?(?![\w-])")


@dataclass
class NameMatch:
    """A name in a text, before normalization (offsets local to the text it was found in)."""

    start: int
    stop: int
    surname: str
    initials: str
    first_name: str | None = None
    patronymic: str | None = None
    rule: str = "persons.initials"

    @property
    def partial(self) -> bool:
        """A first name with a patronymic and no surname (``Марии Олеговне``)."""
        return not self.surname


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocabulary:
    not_surnames: frozenset[str]
    """Lower-case words that are never surnames: abbreviations and the words of role names."""
    before: tuple[str, ...]
    """Lower-case words that make the name after them part of an organization's name."""
    surname_field: re.Pattern[str]
    given_field: re.Pattern[str]


_VOCABULARIES: dict[int, tuple[Roles, _Vocabulary]] = {}


def _vocabulary(rules: Roles) -> _Vocabulary:
    known = _VOCABULARIES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    role_words = {
        parse.normal_form
        for role in rules.roles
        for cue in role.cues
        for word in re.findall(r"[А-Яа-яЁё]{3,}", cue)
        for parse in parses(word.lower())[:1]
        if parse.tag.POS == "NOUN"
    }
    not_surnames = frozenset(word.lower() for word in rules.not_surnames) | role_words
    before = tuple(sorted((word.lower() for word in rules.before_not_person), key=len, reverse=True))
    fields = rules.e_signature
    surname_field = re.compile(
        rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, fields.surname))})\s*=\s*(?P<surname>{_ANY_SURNAME})(?![\w-])"
    )
    given_field = re.compile(
        rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, fields.given))})\s*=\s*"
        r"(?P<first>[А-ЯЁ][а-яё]+)(?:\s+(?P<patronymic>[А-ЯЁ][а-яё]+))?"
    )
    vocabulary = _Vocabulary(not_surnames, before, surname_field, given_field)
    _VOCABULARIES[id(rules)] = (rules, vocabulary)
    return vocabulary


# --------------------------------------------------------------------------- word tests


def _has(word: str, grammeme: str, threshold: float = 0.05) -> bool:
    return any(grammeme in parse.tag and parse.score >= threshold for parse in parses(word.lower()))


def _surname_like(word: str) -> bool:
    """A word the dictionary knows (or guesses) as a surname, or does not know at all."""
    found = parses(word.lower())
    return not found or any("Surn" in parse.tag for parse in found) or not found[0].is_known or _plural_shaped(word)


def _plural_shaped(word: str) -> bool:
    """A capitalized word shaped like a plural adjective (``Глухих``, ``Седых``): a Siberian surname
    when it stands by initials."""
    found = parses(word.lower())
    return word[:1].isupper() and word.endswith(("их", "ых")) and bool(found) and "plur" in found[0].tag


def _caps_surname(word: str, not_surnames: frozenset[str]) -> bool:
    """A word in capitals that is a surname (``ЗАХАРОВА``), not an abbreviation (``МБУДО``, ``ЦВР``)."""
    lower = word.lower()
    if lower in not_surnames or len(word.replace("-", "")) < 3:
        return False
    return any("Surn" in parse.tag for parse in parses(lower))


_SKIY_SURNAME = re.compile(r"[а-яё](?:ск|цк)(?:ий|ая|ой|ого|ому|ую|им|ом|ей)$")


def _could_be_surname(word: str) -> bool:
    """False for ordinary capitalized words before initials (``Директор И.И.`` is a role)."""
    found = parses(word.lower())
    if not found:
        return True
    if any("Surn" in parse.tag for parse in found):
        return True
    if _plural_shaped(word):
        return True  # "Глухих С.А.", "Седых О.В.": indeclinable surnames
    if word[:1].isupper() and (_possessive_readings(word.lower()) or _SKIY_SURNAME.search(word)):
        # "Лыковой Д.С.", "Зарецкая Валентина Игоревна": surnames of the -ов/-ин and -ский kinds the
        # dictionary knows as adjectives ("Уважаемая Валентина Игоревна" stays an address)
        return True
    # "Уважаемый Виктор Геннадьевич!", "Поздравляем Екатерину Андреевну": an address or a verb, no surname
    return found[0].tag.POS not in {"ADJF", "PRTF", "VERB", "PREP", "CONJ", "PRCL", "ADVB", "INFN", "INTJ", "NPRO"}


def _not_surname(word: str, not_surnames: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in not_surnames or any(parse.normal_form in not_surnames for parse in parses(lower)[:1])


def _surname_ok(word: str, not_surnames: frozenset[str], *, strict: bool) -> bool:
    if _not_surname(word, not_surnames):
        return False
    if word.isupper():
        return _caps_surname(word, not_surnames)
    if strict:  # one initial only: the word must be known or declined as a surname, not a place
        found = parses(word.lower())
        return bool(found) and "Geox" not in found[0].tag and surname_like(word)
    return True


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


def _surname_count(matches: list[re.Match[str]]) -> int:
    return sum(1 for match in matches if _surname_like(match.group("surname")))


def _known_surname_count(matches: list[re.Match[str]]) -> int:
    return sum(
        1 for match in matches if any("Surn" in parse.tag for parse in parses(match.group("surname").lower())[:2])
    )


def _valid(match: re.Match[str], not_surnames: frozenset[str]) -> bool:
    surname = match.group("surname")
    if not _surname_ok(surname, not_surnames, strict=match.re is _ONE_INITIAL):
        return False
    return not (
        match.re is _INITIALS_AFTER
        and not surname.isupper()
        and not _could_be_surname(surname)
        and not _adjective_surname(surname)
    )


_ADJECTIVE_SURNAME = re.compile(r"[а-яё]{3,}(?:ая|ой|ый|ий)$")


def _adjective_surname(word: str) -> bool:
    """Before initials, a capitalized adjective in the nominative singular is a surname of the
    adjective kind ("Бережная О.В.", "Крутой А.С."); words of address and of position that stand so
    ("Уважаемая", "Ответственный") are in rules/roles.yaml ``not_surnames``, checked before this."""
    if not word[:1].isupper() or not _ADJECTIVE_SURNAME.search(word):
        return False
    found = parses(word.lower())
    return (
        bool(found)
        and found[0].tag.POS == "ADJF"
        and found[0].tag.case == "nomn"
        and found[0].tag.number == "sing"
        and not any(parse.tag.POS == "PRTF" or "Apro" in parse.tag for parse in found)
    )


def _initial_names(text: str, not_surnames: frozenset[str]) -> list[NameMatch]:
    """``Фамилия И.О.`` and ``И.О. Фамилия``; where both readings are possible, the tiling that
    leaves no initials without a surname wins (``Смирнова Е.В. Орлова Я.О.``)."""
    tilings = []
    for first, second in ((_INITIALS_AFTER, _INITIALS_BEFORE), (_INITIALS_BEFORE, _INITIALS_AFTER)):
        tiling = [match for match in _tile(text, first, second) if _valid(match, not_surnames)]
        tilings.append(tiling)
    # ... then the tiling with more surnames the dictionary knows as such ("Глава Тетервинского А. П.
    # Суровцев": Суровцев, not the guessed adjective before the initials)
    matches = min(
        tilings,
        key=lambda tiling: (_uncovered_initials(text, tiling), -_surname_count(tiling), -_known_surname_count(tiling)),
    )
    matches = sorted(
        [
            *matches,
            *(
                match
                for match in _ONE_INITIAL.finditer(text)
                if all(match.end() <= kept.start() or match.start() >= kept.end() for kept in matches)
                and _valid(match, not_surnames)
            ),
        ],
        key=lambda match: match.start(),
    )
    return [
        NameMatch(match.start(), match.end(), match.group("surname"), match.group("i1") + match.group("i2"))
        for match in matches
    ]


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()].strip() == "" for a, b in itertools.pairwise(words))


def _full_name_at(text: str, window: list[re.Match[str]], not_surnames: frozenset[str]) -> NameMatch | None:
    """A full name starting at the first word of ``window`` (up to four capitalized words)."""
    words = [match.group() for match in window]
    if len(window) >= 3 and _adjacent(text, window[:3]):
        a, b, c = words[:3]
        if (
            (_has(b, "Name") or _patronymic_by_form(c))
            and _has(c, "Patr")
            and not _not_surname(a, not_surnames)
            and (_could_be_surname(a) or (_adjective_surname(a) and _cases_agree(b, a)))
        ):
            word_follows = (
                len(window) >= 4
                and _adjacent(text, window[2:4])
                and not (len(window) == 5 and _adjacent(text, window[3:]) and _has(words[4], "Name"))
                and not _has(words[3], "Name")
                and not _has(words[3], "Patr")
                and not _not_surname(words[3], not_surnames)
            )
            # "с. Ключи Ольга Петровна Зайцева", "ДДТ ст. Калининской Наталья Петровна Косик": the name
            # starts at the first name unless the word before it is the surname rather than the word after
            if not (word_follows and (surname_like(words[3]) or not surname_like(a))):
                return NameMatch(window[0].start(), window[2].end(), a, b[0] + c[0], b, c, "persons.full_name")
        if (
            (_has(a, "Name") or _patronymic_by_form(b))
            and _has(b, "Patr")
            and not _has(c, "Patr")
            and _surname_ok(c, not_surnames, strict=False)
        ):
            return NameMatch(window[0].start(), window[2].end(), c, a[0] + b[0], a, b, "persons.full_name")
    if len(window) >= 2 and _adjacent(text, window[:2]):
        a, b = words[:2]
        if _has(a, "Name") and _has(b, "Patr"):
            return NameMatch(window[0].start(), window[1].end(), "", a[0] + b[0], a, b, "persons.partial")
        first_name = _has(a, "Name", 0.3) or (_has(a, "Name") and _has(b, "Surn"))  # "Любовь Ильина"
        agree = _cases_agree(a, b)  # not "Роман Толстого" (a novel and its author)
        if first_name and agree and not _has(a, "Surn") and surname_like(b) and not _has(b, "Patr"):
            return NameMatch(window[0].start(), window[1].end(), b, a[0], a, None, "persons.first_last")
        patronymic_follows = len(window) > 2 and _adjacent(text, window[1:3]) and _has(words[2], "Patr")
        if (
            surname_like(a)
            and not _has(a, "Name")
            and _has(b, "Name", 0.3)
            and not _has(b, "Surn")
            and not patronymic_follows
            and not _not_surname(a, not_surnames)
            and _cases_agree(b, a)
        ):
            return NameMatch(window[0].start(), window[1].end(), a, b[0], b, None, "persons.last_first")
    return None


_PATRONYMIC_ENDING = re.compile(r"(?:ович|евич|овна|евна|ична|инична)(?:а|у|ем|е|ой|ы|ею|ою)?$")


def _patronymic_by_form(word: str) -> bool:
    """A patronymic by its suffix and its most likely reading: the word before it is a first name even
    when the dictionary does not know it as one ("Дарима Баировна", "Цыпилма Дашиевна")."""
    return bool(_PATRONYMIC_ENDING.search(word)) and _has(word, "Patr", 0.5)


def _cases_agree(first: str, surname: str) -> bool:
    """A first name and a surname written together stand in one case (an indeclinable or unknown
    surname agrees with any)."""
    names = {case for _, _, case in _word_parses(first, "Name") if case}
    readings = _surname_readings(surname.lower())
    if not names or not readings or any(reading.fixed for reading in readings):
        return True
    return bool(names & {reading.case for reading in readings})


def _full_names(text: str, taken: list[NameMatch], not_surnames: frozenset[str]) -> list[NameMatch]:
    """Names written with a first name (and patronymic), found by the morphology of the words."""
    words = list(_WORD.finditer(text))
    names: list[NameMatch] = []
    index = 0
    while index < len(words):
        window = words[index : index + 5]
        found = _full_name_at(text, window, not_surnames)
        if found is None:
            index += 1
            continue
        if all(found.stop <= other.start or found.start >= other.stop for other in taken):
            names.append(found)
        index += 3 if found.patronymic and found.surname else 2
    return names


def _signature_fields(text: str, vocabulary: _Vocabulary) -> list[NameMatch]:
    """A name spread over the fields of an electronic signature: ``SN=Котова, G=Ирина Павловна``."""
    surname = vocabulary.surname_field.search(text)
    given = vocabulary.given_field.search(text)
    if surname is None or given is None:
        return []
    first, patronymic = given.group("first"), given.group("patronymic")
    if not _has(first, "Name") or (patronymic and not _has(patronymic, "Patr")):
        return []
    start, stop = min(surname.start(), given.start()), max(surname.end(), given.end())
    initials = first[0] + (patronymic[0] if patronymic else "")
    return [NameMatch(start, stop, surname.group("surname"), initials, first, patronymic, "persons.e_signature")]


_TITLE_WORDS = re.compile(r"(?:\s+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*|и|\d+))+\s*$")


def _inside_organization(text: str, name: NameMatch, before: tuple[str, ...]) -> bool:
    """A name that is part of the name of an organization or a street: ``СОШ им. А.С. Пушкина``,
    ``имени Героя Советского Союза И.И. Орлова`` (capitalized words between), ``ул. К. Маркса``."""
    head = text[max(0, name.start - 80) : name.start]
    title = _TITLE_WORDS.search(head)
    if title is not None:
        head = head[: title.start()]
    head = head.rstrip().lower()
    return any(
        head.endswith(word) and (len(head) == len(word) or not head[-len(word) - 1].isalnum()) for word in before
    )


def find_names(text: str, rules: Rules | None = None, *, partial: bool = False) -> list[NameMatch]:
    """Every person name in a text, in order (with ``partial``, also first name + patronymic
    without a surname). Latin letters that look like Cyrillic ones are read as Cyrillic (``A.C.
    Иванова`` with Latin initials); offsets stay those of ``text``."""
    rules = rules or default_rules()
    if _LATIN.search(text):
        text = text.translate(rules.lookalike_table)
    if not _MAY_NAME.search(text):
        return []
    vocabulary = _vocabulary(rules.roles)
    fields = _signature_fields(text, vocabulary) if "=" in text else []
    initial_names = [
        name
        for name in _initial_names(text, vocabulary.not_surnames)
        if all(name.stop <= field.start or name.start >= field.stop for field in fields)
    ] + fields
    names = sorted(
        initial_names + _full_names(text, initial_names, vocabulary.not_surnames), key=lambda name: name.start
    )
    return [
        name
        for name in names
        if (partial or not name.partial) and not _inside_organization(text, name, vocabulary.before)
    ]


# --------------------------------------------------------------------------- cases and nominative


def _capitalize(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


@cache
def _word_parses(word: str, grammeme: str) -> tuple[tuple[str, str | None, str | None], ...]:
    """(nominative, sex, case) of each reading of a first name or patronymic; declinable readings first."""
    found = [parse for parse in parses(word.lower()) if grammeme in parse.tag and parse.tag.number != "plur"]
    found.sort(key=lambda parse: "Fixd" in parse.tag)
    readings = []
    for parse in found:
        inflected = parse.inflect({"nomn", "sing"})
        gender = parse.tag.gender if parse.tag.gender in {"masc", "femn"} else None
        readings.append((_capitalize(inflected.word if inflected else word), gender, parse.tag.case))
    return tuple(readings)


@dataclass(frozen=True)
class _Reading:
    """One reading of a surname form: its nominative, the sex and the case it shows."""

    nominative: str
    gender: str | None
    case: str | None
    fixed: bool = False


_POSSESSIVE = re.compile(r"^(?P<stem>.+(?:ов|ев|ёв|ин|ын))(?P<ending>|а|у|ым|е|ой|ою)$")
_POSSESSIVE_READINGS = {
    "": [("", "masc", "nomn")],
    "а": [("а", "femn", "nomn"), ("", "masc", "gent"), ("", "masc", "accs")],
    "у": [("а", "femn", "accs"), ("", "masc", "datv")],
    "ым": [("", "masc", "ablt")],
    "е": [("", "masc", "loct")],
    "ой": [("а", "femn", case) for case in ("gent", "datv", "ablt", "loct")],
    "ою": [("а", "femn", "ablt")],
}


def _possessive_readings(word: str) -> list[_Reading]:
    """Readings of a surname of the ``-ов``/``-ин`` kind the dictionary knows only as another word
    (``Лапина`` is also a common noun): declined by its ending."""
    match = _POSSESSIVE.match(word)
    if match is None:
        return []
    stem = match.group("stem")
    return [
        _Reading(stem + suffix, gender, case) for suffix, gender, case in _POSSESSIVE_READINGS[match.group("ending")]
    ]


@cache
def _surname_readings(surname: str) -> tuple[_Reading, ...]:
    """Every reading of a surname form (lower case), dictionary surnames first."""
    word = surname.lower()
    candidates = [
        parse
        for parse in parses(word)
        if parse.tag.POS in {"NOUN", "ADJF"} and parse.tag.case and parse.tag.number != "plur"
    ]
    chosen = [p for p in candidates if "Surn" in p.tag]
    if not chosen:
        rule = _possessive_readings(word)
        if rule:
            return tuple(rule)
        chosen = [p for p in candidates if "anim" in p.tag or p.tag.POS == "ADJF"]
    readings = []
    for parse in chosen:
        tag = parse.tag
        gender = tag.gender if tag.gender in {"masc", "femn"} else None
        if "Fixd" in tag:
            readings.append(_Reading(word, gender, tag.case, fixed=True))
            continue
        grams = {"nomn", "sing"} | ({tag.gender} if tag.POS == "ADJF" and tag.gender else set())
        inflected = parse.inflect(grams)
        if inflected is not None:
            readings.append(_Reading(inflected.word, gender, tag.case))
    if not any(reading.fixed for reading in readings):
        # the dictionary may know one sex only ("Бутусова" as the genitive of "Бутусов")
        readings += [reading for reading in _possessive_readings(word) if reading not in readings]
    return tuple(readings)


def surname_like(word: str) -> bool:
    """A word known or declined as a surname (``Котова``, ``Лапиной``, ``Ахметзянов``), or one the
    dictionary does not know at all (``Семергей``)."""
    lower = word.lower()
    found = parses(lower)
    if found and not found[0].is_known and found[0].tag.POS == "NOUN":
        return True
    return any("Surn" in parse.tag for parse in found) or bool(_possessive_readings(lower))


def name_cases(name: NameMatch) -> frozenset[str] | None:
    """The cases the words of a name allow; None when they tell nothing (an indeclinable or unknown
    surname with initials)."""
    cases: set[str] | None = None
    for word, grammeme in ((name.first_name, "Name"), (name.patronymic, "Patr")):
        if word:
            own = {case for _, _, case in _word_parses(word, grammeme) if case}
            if own:
                cases = own if cases is None else (cases & own) or cases
    if cases is not None:
        return frozenset(cases)
    if not name.surname:
        return None
    readings = _surname_readings(name.surname.lower())
    if not readings or any(reading.fixed for reading in readings):
        return None
    return frozenset(reading.case for reading in readings if reading.case)


def _sex(name: NameMatch, cases: frozenset[str] | None) -> tuple[str | None, str | None, str | None]:
    """(sex, nominative first name, nominative patronymic) for the cases the sentence allows."""
    gender = first = patronymic = None
    for word, grammeme in ((name.first_name, "Name"), (name.patronymic, "Patr")):
        if not word:
            continue
        readings = _word_parses(word, grammeme)
        chosen = [r for r in readings if cases is None or r[2] in cases] or readings
        # where the nominative is allowed it comes first: "Арина Толкачёва" is Арина, not Арин in the genitive
        chosen = sorted(chosen, key=lambda reading: reading[2] != "nomn")
        if not chosen:
            nominative, found_gender = _capitalize(word.lower()), None
        else:
            nominative, found_gender, _ = chosen[0]
        gender = found_gender or gender
        if grammeme == "Name":
            first = nominative
        else:
            patronymic = nominative
    return gender, first, patronymic


def surname_forms(name: NameMatch, cases: frozenset[str] | set[str] | None = None) -> list[tuple[str, str | None]]:
    """Nominative surnames the name can have, most likely first, with the sex each shows: first the
    readings in ``cases`` (the cases the sentence allows), then the nominative, then any other."""
    wanted = frozenset(cases) if cases else (name_cases(name) if name.first_name else None)
    if wanted == ALL_CASES:
        wanted = None
    gender, _, _ = _sex(name, wanted)
    surname = name.surname
    found = list(_surname_readings(surname.lower()))
    if gender is not None:
        found = [r for r in found if r.gender in {gender, None}] or found
    order: list[_Reading] = []
    if wanted is not None:
        order += [r for r in found if r.case in wanted and r.case == "nomn"]
        order += [r for r in found if r.case in wanted and r not in order]
    order += [r for r in found if r.case == "nomn" and r not in order]
    order += [r for r in found if r not in order]
    forms: list[tuple[str, str | None]] = []
    for reading in order:
        form = _capitalize(surname.lower() if reading.fixed else reading.nominative)
        if "ё" not in surname.lower():
            form = form.replace("ё", "е").replace("Ё", "Е")
        if all(form != known for known, _ in forms):
            forms.append((form, reading.gender or gender))
    return forms or [(_capitalize(surname.lower()), gender)]


def normalize(name: NameMatch, cases: frozenset[str] | set[str] | None = None) -> tuple[str, str, str | None]:
    """(nominative surname, initials, nominative full name or None) for the cases the sentence allows."""
    wanted = frozenset(cases) if cases else (name_cases(name) if name.first_name else None)
    _, first, patronymic = _sex(name, wanted)
    surname = surname_forms(name, wanted)[0][0] if name.surname else ""
    full_name = " ".join((surname, first, patronymic)) if surname and first and patronymic else None
    return surname, name.initials, full_name


def short_name(surname: str, initials: str) -> str:
    """``Фамилия И.О.``"""
    return f"{surname} {'.'.join(initials)}."


def first_name_of(name: NameMatch) -> str | None:
    """The nominative first name, when the name has one."""
    return _sex(name, name_cases(name))[1] if name.first_name else None


def patronymic_of(name: NameMatch) -> str | None:
    """The nominative patronymic, when the name has one."""
    return _sex(name, name_cases(name))[2] if name.patronymic else None
