"""Which role belongs to which name in one sentence.

The sentence is read as a row of role cues (``rules/roles.yaml``) and names, and the stretch of
text between two neighbours decides how they are tied:

* **apposition before** — only words that may stand between a role and its name: an organization
  (abbreviations, names in quotes, ``с. Ключи``, ``№ 5``), genitive words (``председатель
  районного родительского совета``), a ``по …`` phrase, brackets, a dash, a colon, underscores:
  ``методист Центра детского творчества «Солнечный круг» Орлова Т.К.``; the role and the name
  agree in case (``методистом МОЦ Ковалёвой``), a name after a dash, colon, bracket or signature
  line stands in the nominative;
* **apposition after** — a comma, a dash or a bracket after the name, the role agreeing with it:
  ``Иванова М.В., старший методист``; further roles joined by commas go with it;
* **chains** — a role followed by a dash, a comma, ``и`` or a link verb and another role that leads a
  name: ``Председатель комиссии – начальник отдела … Дьякова С.И.``, ``Руководитель МОЦ, директор
  ЦДТ ____ Гаврилина С.Ю.``, ``Председателем комиссии являлась руководитель МОЦ …``;
* **predicates** — an instrumental role with a link verb (``Руководителем МОЦ является …``,
  ``… назначена методистом``), a dash standing for the verb (``секретарём – методист …``);
* **functions** — a role in the genitive after ``функции``, ``обязанности``, ``в качестве`` … or a
  role's function phrase (``руководство МОЦ``, ``под председательством``) goes to the person of
  its clause: the one after the verb (``… выполняет методист МОЦ Орлова Т.К.``, ``… возложены на
  Шульгу Д.В.``) or before it;
* **plural roles** cover the group of names after them (``методисты Кравец О.П. и Ярошенко М.С.``,
  ``9 экспертов, в том числе …``) or every name after a colon (``два методиста: …``).

A role in the genitive that depends on the noun before it (``заместитель председателя``,
``выступление педагога``) only names a person in the same case right after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mocparse.extract.person_names import ALL_CASES, NameMatch, name_cases
from mocparse.nlp.annotate import make_doc
from mocparse.nlp.morph import may_be_genitive, parses
from mocparse.rules import NOT_A_MATCH, Rules, match_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOUNISH = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
_OPEN_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:[-.][А-Яа-яЁёA-Za-z]+)*\.?")
_NUMBER = re.compile(r"\d+(?:[.,/-]\w+)*")
_ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,}[а-яё]{0,2}(?:-[А-ЯЁA-Z]+)?")


@dataclass
class RoleCue:
    """A role phrase in a sentence."""

    label: str
    start: int
    stop: int
    singular: frozenset[str]
    """Cases the head noun stands in when it names one person."""
    plural: frozenset[str]
    """Cases the head noun stands in when it names several."""
    count: int | None = None
    """The number before it (``два методиста``, ``9 экспертов``)."""
    dependent: bool = False
    """A genitive attribute of the noun before it (``заместитель председателя``)."""
    function: bool = False
    """The role's work (``функции администратора``, ``руководство МОЦ``), not the role itself."""
    free: bool = False
    """A function that needs no verb to find its person (``в качестве эксперта``)."""
    predicative: bool = False
    """Right after a link verb (``назначена руководителем МОЦ Иванова``)."""
    preposition: bool = False
    """After a preposition (``перед методистом``): never a predicate."""

    @property
    def many(self) -> bool:
        """The role names several people."""
        return (self.count is not None and self.count > 1) or (not self.singular and bool(self.plural))


@dataclass
class NameRoles:
    """Roles attached to one name in a sentence, and the grammatical cases they leave it."""

    roles: list[str] = field(default_factory=list)
    cases: frozenset[str] | None = None
    """Cases the sentence allows for the name; None when it says nothing."""
    organization: str | None = None
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of the role phrases said of this name (with what joins them to it)."""


@dataclass
class Gap:
    """What stands between two neighbours of a sentence."""

    other: bool = False
    semicolon: bool = False
    comma: int = 0
    conj: int = 0
    dash: bool = False
    colon: bool = False
    underscore: bool = False
    open_bracket: bool = False
    close_bracket: bool = False
    link: bool = False
    verb: bool = False
    words: int = 0
    adverbial: int = 0
    """Words of a time or circumstance (``с 2022 года``, ``в марте``): allowed around a link verb only."""
    organization: str | None = None
    genitive_last: bool = False
    relative: bool = False
    """A relative pronoun opens a clause about the name before it (``…, которая является …``)."""

    @property
    def filler(self) -> bool:
        """Only what may stand between a role and its name."""
        return not (
            self.other
            or self.semicolon
            or self.comma
            or self.conj
            or self.link
            or self.verb
            or self.adverbial
            or self.relative
        )

    @property
    def nominative(self) -> bool:
        """The name after it stands in the nominative (``– Иванова``, ``(Иванова``, ``____ Иванова``)."""
        return self.dash or self.colon or self.underscore or self.open_bracket


@dataclass
class Sentence:
    """A sentence (or a table cell, or signature lines joined) with its tokens and what was found in it."""

    text: str
    doc: Doc
    names: list[NameMatch]
    rules: Rules
    words: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    cues: list[RoleCue] = field(default_factory=list)
    boundaries: list[int] = field(default_factory=list)
    """Sentence ends the splitter missed: after ``Фамилия И.О.`` and before a capitalized word."""
    own_end: int | None = None
    """Where the sentence's own text ends when the next line was read on after it."""


# --------------------------------------------------------------------------- cues


def _ranges(sentence: Sentence) -> dict[str, list[tuple[int, int]]]:
    doc = sentence.doc
    found: dict[str, list[tuple[int, int]]] = {}
    for kind, first, last in match_labels(sentence.rules.role_word_matcher, doc[:]):
        found.setdefault(kind, []).append((doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)))
    return found


def _number_before(sentence: Sentence, start: int) -> int | None:
    words = re.findall(r"[\wЁё]+", sentence.text[max(0, start - 20) : start])
    if not words or sentence.text[:start].rstrip().endswith((",", ".", ";", ":")):
        return None
    last = words[-1].lower()
    if last.isdigit():
        return int(last)
    number_words = sentence.rules.language.number_words
    for parse in parses(last)[:2]:
        if parse.normal_form in number_words:
            return number_words[parse.normal_form]
    return number_words.get(last)


def _preposition_before(sentence: Sentence, start: int) -> str | None:
    """The case a preposition right before ``start`` governs."""
    head = sentence.text[:start].rstrip()
    if head.endswith((",", ".", ";", ":")):
        return None
    words = re.findall(r"[А-Яа-яЁё]+", head[-12:])
    return sentence.rules.language.prepositions.get(words[-1].lower()) if words else None


def _previous_word(text: str, start: int) -> str | None:
    match = re.search(r"([А-Яа-яЁё]+)\s*$", text[:start])
    return match.group(1) if match else None


def _ends_at(ranges: list[tuple[int, int]], text: str, position: int, allow_words: bool = False) -> bool:
    """A range ends right before ``position`` (with up to two adjectives between when ``allow_words``)."""
    for _, stop in ranges:
        if stop > position:
            continue
        between = text[stop:position]
        if not between.strip():
            return True
        if allow_words:
            words = between.split()
            if len(words) <= 2 and all(
                any(parse.tag.POS in {"ADJF", "PRTF"} for parse in parses(word.lower())) for word in words
            ):
                return True
    return False


def _head_cases(sentence: Sentence, first: int, last: int) -> tuple[frozenset[str], frozenset[str]]:
    """(singular cases, plural cases) of the head noun of a role phrase; any case for an
    abbreviation (``И.о.``, ``рук.``)."""
    tokens = list(sentence.doc[first:last])
    for index, token in enumerate(tokens):
        found = parses(token.lower_)
        abbreviated = index + 1 < len(tokens) and tokens[index + 1].text == "."
        if not found or not token.is_alpha or abbreviated:
            # an abbreviated head ("зам.", "рук.", "И.о."): any case, the number of the noun after it
            rest = [parse for later in tokens[index + 1 :] for parse in parses(later.lower_)[:1]]
            if any(parse.tag.POS == "NOUN" and parse.tag.number == "plur" for parse in rest):
                return frozenset(), ALL_CASES
            return ALL_CASES, ALL_CASES
        if any(parse.tag.POS == "ADJF" for parse in found[:1]):
            continue
        nouns = [parse for parse in found if parse.tag.POS == "NOUN" and parse.tag.case]
        if not nouns:
            return ALL_CASES, ALL_CASES
        singular = frozenset(parse.tag.case for parse in nouns if parse.tag.number != "plur")
        plural = frozenset(parse.tag.case for parse in nouns if parse.tag.number == "plur")
        return singular, plural
    return ALL_CASES, ALL_CASES


def role_cues(sentence: Sentence) -> list[RoleCue]:
    """Role phrases and function phrases of a sentence, in order, none inside a name."""
    doc, text, rules = sentence.doc, sentence.text, sentence.rules
    markers = sentence.words.get("function_markers", [])
    links = sentence.words.get("links", [])
    free = sentence.words.get("free_function_markers", [])
    markers = markers + free
    cues: list[RoleCue] = []
    taken_until = -1
    # a phrase that hides a role ("заместитель председателя совета", "член совета") is kept as a cue of
    # no role: "Мартыненко Г.А. – заместитель председателя совета, директор МКУ …" lists roles after it
    for label, first, last in match_labels(rules.role_matcher, doc[:], hidden=True):
        if first < taken_until:
            continue  # overlaps an earlier cue: "заместителя начальника управления" is one role
        taken_until = last
        start, stop = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        singular, plural = _head_cases(sentence, first, last)
        acting = _acting_prefix(text, start, rules)
        if acting is not None and "gent" in singular:
            # "И.о. начальника управления" heads like a nominative, and the prefix is the cue's first word
            singular, plural, start = frozenset({"nomn"}), frozenset(), acting
        else:
            acting = None
        preposition = _preposition_before(sentence, start) if acting is None else None
        if preposition is not None:
            singular, plural = singular & {preposition} or singular, plural & {preposition} or plural
        count = _number_before(sentence, start)
        previous = _previous_word(text, start)
        dependent = bool(
            previous
            and acting is None
            and "gent" in (singular | plural)
            and preposition is None
            and not text[:start].rstrip().endswith((",", ":", ";", "–", "—", "(", "«"))
            and any(parse.tag.POS == "NOUN" for parse in parses(previous.lower())[:1])
        )
        function = _ends_at(markers, text, start, allow_words=True)
        if text[:start].rstrip().endswith("("):
            label = _role_of_body(label, text[: text.rindex("(", 0, start)], rules)
        cues.append(
            RoleCue(
                label,
                start,
                stop,
                singular,
                plural,
                count=count,
                dependent=dependent,
                function=function,
                free=function and _ends_at(free, text, start, allow_words=True),
                predicative=_ends_at(links, text, start),
                preposition=preposition is not None,
            )
        )
    for label, first, last in match_labels(rules.role_function_matcher, doc[:]):
        start, stop = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        if not any(cue.start < stop and start < cue.stop for cue in cues):
            cues.append(RoleCue(label, start, stop, ALL_CASES, frozenset(), function=True))
    cues.sort(key=lambda cue: cue.start)
    return [cue for cue in cues if not any(name.start < cue.stop and cue.start < name.stop for name in sentence.names)]


def _acting_prefix(text: str, start: int, rules: Rules) -> int | None:
    """Where an acting prefix ("И.о.", "исполняющий обязанности") right before ``start`` begins."""
    before = text[:start].rstrip().lower()
    for prefix in sorted(rules.roles.acting_prefixes, key=len, reverse=True):
        if before.endswith(prefix.lower()) and (len(before) == len(prefix) or not before[-len(prefix) - 1].isalpha()):
            return len(before) - len(prefix)
    return None


def _role_of_body(label: str, before: str, rules: Rules) -> str:
    """The role of the body named right before a bracket that opens with a bare role: "Муниципальному
    опорному центру дополнительного образования детей (руководитель – …)" -> руководитель МОЦ."""
    before = re.sub(r"«[^«»]*»|\"[^\"]*\"", " ", before)  # names in quotes: "администрации «Энский район»"
    matches = list(re.finditer(r"[А-ЯЁа-яёA-Za-z]+", before))[-8:]
    words = [match.group() for match in matches]
    lemmas = [_lemma(word) for word in words]
    for entry in rules.roles.roles_of_bodies:
        if _lemma(entry.role) != label.lower() and entry.role.lower() != label.lower():
            continue
        for body in entry.body:
            wanted = [_lemma(word) for word in body.split()]
            for first in range(len(lemmas) - len(wanted), -1, -1):
                if lemmas[first : first + len(wanted)] != wanted:
                    continue
                rest = words[first + len(wanted) :]
                # not "экспертная группа МОЦ (рук. …)": a noun right before the body heads the phrase
                governed = (
                    first > 0
                    and not before[matches[first - 1].end() : matches[first].start()].strip()
                    and any(p.tag.POS == "NOUN" for p in parses(words[first - 1].lower())[:1])
                )
                if not governed and all(word.isupper() or may_be_genitive(word, _NOUNISH) for word in rest):
                    return entry.becomes
    return label


# --------------------------------------------------------------------------- gaps


def _in_range(ranges: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    for span in ranges:
        if span[0] <= position < span[1]:
            return span
    return None


def _close(text: str, start: int, stop: int, opening: str, closing: str) -> int | None:
    """Where the bracket or quote opened at ``start`` closes; nested quotes closed by one mark
    (``«Центр «Полярная звезда»``) close at their last closing mark."""
    depth = 0
    last_closing: int | None = None
    for index in range(start, stop):
        char = text[index]
        if char == opening and (opening != closing or depth == 0):
            depth += 1
        elif char == closing:
            depth -= 1
            last_closing = index + 1
            if depth == 0:
                return index + 1
    return last_closing if opening in _OPEN_QUOTES and opening != closing else None


def _lemma(word: str) -> str:
    found = parses(word.lower())
    return found[0].normal_form if found else word.lower()


def _adverbial_word(word: str) -> bool:
    """An adverb or an ordinal of a time phrase ("второй год подряд", "уже", "вновь"): no other clause."""
    found = parses(word.lower())[:1]
    return any(parse.tag.POS == "ADVB" or "Anum" in parse.tag for parse in found)


def _prepositional_object(word: str) -> bool:
    return any(
        parse.tag.POS in _NOUNISH and parse.tag.case in {"datv", "loct", "ablt"} for parse in parses(word.lower())
    ) or word.lower() in {"и", "с", "со"}


def gap(sentence: Sentence, start: int, stop: int) -> Gap:
    """What stands between ``start`` and ``stop`` of the sentence."""
    text = sentence.text
    found = Gap()
    between = sentence.words.get("between", [])
    links = sentence.words.get("links", [])
    verbs = sentence.words.get("function_verbs", [])
    places = _place_words(sentence.rules)
    if any(start <= boundary < stop for boundary in sentence.boundaries):
        found.semicolon = True
        return found
    position = start
    while position < stop:
        char = text[position]
        if char.isspace():
            position += 1
            continue
        for ranges, flag in ((between, None), (links, "link"), (verbs, "verb")):
            span = _in_range(ranges, position)
            if span is not None:
                if flag is not None:
                    setattr(found, flag, True)
                position = span[1]
                break
        else:
            position = _gap_token(sentence, found, position, stop, places)
        if found.semicolon:
            break
    return found


def _gap_token(sentence: Sentence, found: Gap, position: int, stop: int, places: set[str]) -> int:
    """Read one token of a gap at ``position``; returns where the next one starts."""
    text = sentence.text
    char = text[position]
    if char in _OPEN_QUOTES:
        end = _close(text, position, stop, char, _OPEN_QUOTES[char])
        if end is None:
            found.other = True
            return stop
        found.organization = found.organization or text[position:end]
        return end
    if char == "(":
        end = _close(text, position, stop, "(", ")")
        if end is None:
            found.open_bracket = True
            return position + 1
        if end - position > 90:
            found.other = True
        return end
    simple = {")": "close_bracket", ":": "colon", "_": "underscore", "–": "dash", "—": "dash", ";": "semicolon"}
    if char in simple:
        setattr(found, simple[char], True)
        return position + 1
    if char == "-":
        found.dash = found.dash or text[position - 1 : position].isspace()
        return position + 1
    if char == ",":
        following = len(text[position + 1 :]) - len(text[position + 1 :].lstrip()) + position + 1
        if not _in_range(sentence.words.get("between", []), following):
            found.comma += 1  # a comma before "в том числе" belongs to it
        return position + 1
    if char == "№":
        number = _NUMBER.match(text, position + 1 + (len(text[position + 1 :]) - len(text[position + 1 :].lstrip())))
        return number.end() if number else position + 1
    number = _NUMBER.match(text, position)
    if number is not None:
        found.adverbial += 1
        return number.end()
    word = _WORD.match(text, position)
    if word is None:
        found.other = True
        return position + 1
    value = word.group()
    lower = value.lower().rstrip(".")
    end = word.end()
    found.words += lower != "и"
    if value.lower() in places or (value.endswith(".") and lower + "." in places):
        return _skip_place(text, end, stop)
    if found.comma == 1 and found.words == 1 and _lemma(lower) == "который":
        found.relative = True  # "Анне Сергеевне Петровой, которая является администратором"
        return end
    if lower == "и":
        after = _WORD.match(text, end + 1) if end + 1 < stop else None
        if not (found.genitive_last and after is not None and may_be_genitive(after.group(), _NOUNISH)):
            found.conj += 1
    elif lower == "по":
        end = _skip_words(text, end, stop, _prepositional_object)
    elif _ABBREVIATION.fullmatch(value.rstrip(".")):
        found.organization = found.organization or value
    elif lower in sentence.rules.language.prepositions or _time_word(lower, sentence.rules):
        found.adverbial += 1
    elif value.endswith(".") and len(lower) <= 4:
        found.other = True
    elif _territory(value, sentence.rules):
        pass  # "… муниципального образования Староречинский муниципальный округ"
    elif _adverbial_word(value):
        found.adverbial += 1  # "Председателем группы второй год подряд является …"
    elif not may_be_genitive(value, _NOUNISH) or found.words > 14:
        found.other = True
    found.genitive_last = lower != "и" and not found.other
    return end


def _time_word(word: str, rules: Rules) -> bool:
    """A month or year word (``марта``, ``года``, ``г``)."""
    lemma = _lemma(word)
    return lemma in rules.month_by_word or word in rules.month_by_word or lemma in rules.calendar.year_word_lemmas


_TERRITORY_WORDS: dict[int, tuple[Rules, frozenset[str]]] = {}


def _territory_words(rules: Rules) -> frozenset[str]:
    known = _TERRITORY_WORDS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    phrases = [*rules.document.municipality_types, *rules.document.region_types]
    words = frozenset(
        parse.normal_form for phrase in phrases for word in phrase.split() for parse in parses(word.lower())[:1]
    )
    _TERRITORY_WORDS[id(rules)] = (rules, words)
    return words


def _territory(word: str, rules: Rules) -> bool:
    """A word of a territory's name: a capitalized adjective (``Староречинский``) or a word of a
    municipality or region type (``муниципальный округ``, ``край``), in any case."""
    found = parses(word.lower())
    if not found:
        return False
    if word[0].isupper() and found[0].tag.POS == "ADJF":
        return True
    return found[0].normal_form in _territory_words(rules)


def _place_words(rules: Rules) -> set[str]:
    """Settlement abbreviations as they may be written: ``с.``; ``пгт`` with or without its dot."""
    words = {word.lower() for word in rules.language.place_abbreviations}
    # "городского округа город Энск": the settlement word of an official name in the nominative
    return (
        words
        | {word + "." for word in words if not word.endswith(".")}
        | {word.lower() for word in rules.document.city_markers}
    )


def _skip_place(text: str, position: int, stop: int) -> int:
    """Past the capitalized words of a place name."""
    for _ in range(3):
        match = re.compile(r"\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*").match(text, position)
        if match is None or match.end() > stop:
            break
        position = match.end()
    return position


def _skip_words(text: str, position: int, stop: int, test: Callable[[str], bool]) -> int:
    for _ in range(6):
        match = re.compile(r"\s*([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*)").match(text, position)
        if match is None or match.end() > stop or not test(match.group(1)):
            break
        position = match.end()
    return position


# --------------------------------------------------------------------------- attachment


def _agree(cue_cases: frozenset[str], cases: frozenset[str] | None, between: Gap) -> frozenset[str] | None:
    """Cases a name can stand in with a role before it; None when they do not agree."""
    own = cases if cases is not None else ALL_CASES
    common = cue_cases & own
    if common:
        return common
    if between.nominative and "nomn" in own:
        return frozenset({"nomn"})
    return None


@dataclass
class _Element:
    start: int
    stop: int
    name: NameMatch | None = None
    cue: RoleCue | None = None


class _Attachment:
    """Role attachment over one sentence (see the module docstring)."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.names = sentence.names
        self.cues = sentence.cues
        self.elements = sorted(
            [_Element(name.start, name.stop, name=name) for name in self.names]
            + [_Element(cue.start, cue.stop, cue=cue) for cue in self.cues],
            key=lambda element: element.start,
        )
        self.own_cases = {id(name): name_cases(name) for name in self.names}
        self.result = {id(name): NameRoles() for name in self.names}
        for name in self.names:
            preposition = _preposition_before(sentence, name.start)
            if preposition is not None:
                own = self.own_cases[id(name)]
                self.result[id(name)].cases = frozenset({preposition}) & (own or ALL_CASES) or frozenset({preposition})
        self.leads: dict[int, list[NameMatch]] = {}
        self.back: dict[int, list[NameMatch]] = {}
        self.gaps: dict[tuple[int, int], Gap] = {}

    def gap(self, start: int, stop: int) -> Gap:
        key = (start, stop)
        if key not in self.gaps:
            self.gaps[key] = gap(self.sentence, start, stop)
        return self.gaps[key]

    def run(self) -> dict[int, NameRoles]:
        self._heads()
        self._forward()
        self._backward()
        self._chains()
        self._functions()
        self._members()
        return self.result

    # -- helpers
    def _index(self, element: _Element) -> int:
        return self.elements.index(element)

    def _next(self, index: int) -> _Element | None:
        return self.elements[index + 1] if index + 1 < len(self.elements) else None

    def _group(self, first: NameMatch, *, limit: int | None = None) -> list[NameMatch]:
        """``first`` and the names joined to it by commas and ``и`` (appositions after each allowed)."""
        group = [first]
        index = next(i for i, element in enumerate(self.elements) if element.name is first)
        while limit is None or len(group) < limit:
            following = self._next(index)
            if following is None:
                break
            between = self.gap(self.elements[index].stop, following.start)
            if following.cue is not None and between.comma and not between.other and not between.semicolon:
                after = self._next(index + 1)
                if after is None or after.name is None:
                    break
                joined = self.gap(following.stop, after.start)
                if not (joined.comma or joined.conj) or joined.other or joined.link or joined.verb:
                    break
                group.append(after.name)
                index += 2
                continue
            if following.name is None or between.other or between.link or between.verb or between.semicolon:
                break
            if not (between.comma or between.conj) and not between.filler:
                break
            group.append(following.name)
            index += 1
        return group

    def _attach(self, cue: RoleCue, name: NameMatch, cases: frozenset[str] | None, span: tuple[int, int]) -> None:
        if cue.label == NOT_A_MATCH:
            return  # a phrase of no role: it only carries the roles listed after it
        entry = self.result[id(name)]
        if cases == ALL_CASES:
            cases = None
        if cue.label not in entry.roles:
            entry.roles.append(cue.label)
        entry.role_spans.append(span)
        if cases is not None:
            entry.cases = cases if entry.cases is None else (entry.cases & cases) or entry.cases

    # -- passes
    def _forward(self) -> None:
        """A role right before its name (apposition, or a predicate across a link verb)."""
        for index, element in enumerate(self.elements):
            cue, following = element.cue, self._next(index)
            if cue is None or cue.function or following is None or following.name is None:
                continue
            name = following.name
            if self._signed_before(index, cue, name):
                continue
            between = self.gap(cue.stop, name.start)
            own = self.own_cases[id(name)]
            cases: frozenset[str] | None
            if between.filler:
                if cue.many:
                    after_colon = between.colon and cue.count is not None
                    group_cases = frozenset({"nomn"}) if cue.count is not None else cue.plural | {"nomn"}
                    names = self._after(name, cue.count) if after_colon else self._group(name, limit=cue.count)
                    for member in names:
                        self._attach(
                            cue,
                            member,
                            group_cases & (self.own_cases[id(member)] or ALL_CASES) or group_cases,
                            (cue.start, member.start),
                        )
                    self.leads[id(cue)] = names
                    continue
                cue_cases = cue.singular | ({"nomn"} if cue.predicative else set())
                cases = _agree(frozenset(cue_cases), own, between)
                if cases is None:
                    continue
                if cue.dependent and "nomn" in (own or ALL_CASES) and self._subject(name):
                    continue  # "Приказом директора Белова А.С. назначена …": the name is the subject
                if between.underscore or between.open_bracket:
                    cases = frozenset({"nomn"}) & (own or ALL_CASES) or cases
            elif between.link and not (between.other or between.semicolon or between.comma or between.verb):
                if "ablt" not in cue.singular or cue.preposition:
                    continue
                cases = frozenset({"nomn"}) & (own or ALL_CASES) or None
                if cases is None:
                    continue
            else:
                continue
            self._attach(cue, name, cases, (cue.start, name.start))
            self.leads[id(cue)] = [name]
            entry = self.result[id(name)]
            entry.organization = entry.organization or self._organization(cue.stop, name.start, between)

    def _organization(self, start: int, stop: int, between: Gap) -> str | None:
        """The organization named between a role and its name (``методист МБУ ДО «ЦДТ «Радуга»``)."""
        from mocparse.extract.organizations import find_organizations

        text = self.sentence.text[start:stop]
        spans = find_organizations(text, self.sentence.rules)
        if spans:
            return " ".join(text[spans[0][0] : spans[0][1]].split())
        return between.organization

    def _heads(self) -> None:
        """A bare role with the organization it heads is the role of that organization: ``управление
        образования (начальник А.В. Петров)`` and ``начальник МКУ «Управление образования …»`` are
        ``начальник управления образования``; so is ``Отделом образования (начальник отдела …)`` (the
        noun after the role repeats the organization's)."""
        text = self.sentence.text
        for cue in self.cues:
            if cue.function:
                continue
            head = text[: cue.start].rstrip()
            if head.endswith("("):
                before = re.findall(r"[А-Яа-яЁё]+", head[:-1][-60:])
                following = next((name for name in self.names if name.start >= cue.stop), None)
                after = re.findall(r"[А-Яа-яЁё]+", text[cue.stop : following.start if following else cue.stop])
                if len(after) > 1:
                    continue
                sizes = range(min(4, len(before)), 0, -1)
                options = [before[-size:] for size in sizes if not after or _lemma(after[0]) == _lemma(before[-size])]
            else:
                quoted = re.match(r"(?:\s+[А-ЯЁA-Z]{2,}[а-я]{0,2})*\s*«([^«»]{3,80})", text[cue.stop :])
                if quoted is None:
                    continue
                words = re.findall(r"[А-Яа-яЁё]+", quoted.group(1))
                options = [words[:size] for size in range(min(4, len(words)), 0, -1)]
            self._relabel(cue, options)

    def _relabel(self, cue: RoleCue, options: list[list[str]]) -> None:
        """Give the cue the label of the first longer role its words and ``options`` make."""
        text = self.sentence.text
        for words in options:
            doc = make_doc(f"{text[cue.start : cue.stop]} {' '.join(words)}")
            for label, first, last in match_labels(self.sentence.rules.role_matcher, doc[:]):
                if first == 0 and last == len(doc) and label != cue.label:
                    cue.label = label
                    return

    def _subject(self, name: NameMatch) -> bool:
        """The name is followed by its predicate (a verb or a short participle)."""
        following = re.match(r"[\s,]*([А-Яа-яЁё]+)", self.sentence.text[name.stop :])
        if following is None:
            return False
        found = parses(following.group(1).lower())
        return bool(found) and found[0].tag.POS in {"VERB", "PRTS"}

    def _after(self, first: NameMatch, count: int | None) -> list[NameMatch]:
        names = [name for name in self.names if name.start >= first.start]
        return names[:count] if count else names

    def _backward(self) -> None:
        """A role after its name: ``Иванова М.В., старший методист``, ``… назначена методистом``."""
        for index, element in enumerate(self.elements):
            cue = element.cue
            if cue is None or cue.function or id(cue) in self.leads or index == 0:
                continue
            if self._bracket_role_after_apposition(index, cue):
                continue
            previous = self.elements[index - 1]
            between = self.gap(previous.stop, cue.start)
            if previous.name is not None:
                name = previous.name
                own = self.result[id(name)].cases or self.own_cases[id(name)]
                if between.comma == 2 and self._second_apposition(previous.stop, cue):
                    self._back(cue, [name], None)  # "Зотова Н.А., индивидуальный предприниматель, руководитель …"
                    continue
                if between.other or between.semicolon or between.conj or between.verb:
                    continue
                if between.link:
                    if "ablt" in cue.singular and not cue.preposition:
                        self._back(cue, [name], None)
                    continue
                if between.relative:
                    continue
                joined = between.comma == 1 or between.dash or between.open_bracket
                if (not joined and not self._closes(cue, between)) or between.comma > 1:
                    continue
                if not joined and self.result[id(name)].roles and self._ends_own_line(cue):
                    continue  # a name whose role led it keeps it: a role ending the line is the next signature's
                if self._dash_chain(index):
                    continue
                if cue.many:
                    group = self._group_before(index - 1)
                    if between.dash or (len(group) > 1 and self._joined_by_and(group)):
                        self._back(cue, group, None)  # "Глебова Т.Н. и Пахомова Е.В., методисты МОЦ"
                    continue
                if cue.dependent:
                    continue
                likely = frozenset({"nomn"}) if own is None or "nomn" in own else own
                if cue.singular & likely:
                    self._back(cue, [name], cue.singular & likely)
            elif previous.cue is not None and id(previous.cue) in self.back:
                if between.comma != 1 or between.conj or between.link or self._dash_chain(index):
                    continue
                first = self.back[id(previous.cue)]
                if not cue.dependent and not cue.many and cue.singular & previous.cue.singular:
                    self._back(cue, first, None)

    def _ends_own_line(self, cue: RoleCue) -> bool:
        """The role ends the sentence's own text, and lines of another follow it (a signature block)."""
        own_end = self.sentence.own_end
        return own_end is not None and cue.stop <= own_end and not self.sentence.text[cue.stop : own_end].strip(" .,")

    def _signed_before(self, index: int, cue: RoleCue, name: NameMatch) -> bool:
        """The role ends its own line right after a name on that line and the next name is on a line
        after it: a signature line written "Г.Н. Семибратова И.о. начальника управления образования"
        holds its own name's role, not the role of the name on the next line."""
        own_end = self.sentence.own_end
        if own_end is None or index == 0 or name.start < own_end or not self._ends_own_line(cue):
            return False
        previous = self.elements[index - 1]
        if previous.name is None:
            return False
        if self.result[id(previous.name)].roles:
            return False  # "Руководитель МОЦ ____ О.В. Черемисина Начальник управления …": two signatures side by side
        between = self.gap(previous.stop, cue.start)
        return not (between.words or between.comma or between.dash)

    def _second_apposition(self, name_stop: int, cue: RoleCue) -> bool:
        """Between a name and a role in the nominative stands one more apposition of a few words with no
        verb, number or role of the list: "…, индивидуальный предприниматель, руководитель студии"."""
        text = self.sentence.text
        stretch = text[name_stop : cue.start]
        parts = stretch.split(",")
        if len(parts) != 3 or parts[0].strip() or parts[2].strip() or "nomn" not in cue.singular:
            return False
        words = parts[1].split()
        if not 0 < len(words) <= 4 or not all(re.fullmatch(r"[А-ЯЁа-яё.\-]+", word) for word in words):
            return False
        first = parses(words[0].lower().rstrip("."))
        return (
            not any(
                parse.tag.POS in {"VERB", "INFN", "PRTS", "GRND", "PREP", "CONJ", "PRCL"}
                for word in words
                for parse in parses(word.lower().rstrip("."))[:1]
            )
            and bool(first)
            and (first[0].tag.case in {None, "nomn"})
        )

    def _bracket_role_after_apposition(self, index: int, cue: RoleCue) -> bool:
        """A bare role in brackets after a name's apposition is that name's role too: "Петров О.И.,
        методист МОЦ (секретарь)", "Горелову П.А., доценту кафедры педагогики (председатель)"."""
        text = self.sentence.text
        if not (text[: cue.start].rstrip().endswith("(") and text[cue.stop :].lstrip().startswith(")")):
            return False
        name = next((element.name for element in reversed(self.elements[:index]) if element.name is not None), None)
        if name is None:
            return False
        between = self.gap(name.stop, cue.start)
        if between.semicolon or between.verb or between.conj or between.link or between.comma != 1:
            return False  # "Иванова А.П. (председатель)" (no apposition) is read the ordinary way
        self._back(cue, [name], None)
        return True

    def _closes(self, cue: RoleCue, between: Gap) -> bool:
        """A role right after the name with nothing between that runs to the end of its sentence or to
        the next comma: ``Иванова И.И. методист МОЦ`` (a table cell, a list line, a signature line)."""
        own_end = self.sentence.own_end
        if between.words or between.organization or (own_end is not None and cue.start >= own_end):
            return False
        # to the next comma or the end of the sentence's own text (the lines after a signature line are
        # joined to it for roles that lead a name on the next line)
        rest = self.sentence.text[cue.stop : own_end]
        end = re.search(r"[,;]|$", rest)
        following = (rest[: end.start()] if end else rest).rstrip(" .!?)")
        later = [element for element in self.elements if element.start >= cue.stop]
        if later and later[0].start < cue.stop + len(following):
            return False  # another name or role follows in the same stretch
        return self.gap(cue.stop, cue.stop + len(following)).filler

    def _dash_chain(self, index: int) -> bool:
        """The cue at ``index`` is joined by a dash to a role that leads a name (``секретарь – методист
        МОЦ Пахомова А.С.``): it belongs to that name, not to the one before it."""
        cue, following = self.elements[index].cue, self._next(index)
        if cue is None or following is None or following.cue is None or id(following.cue) not in self.leads:
            return False
        between = self.gap(cue.stop, following.start)
        return (between.dash or between.link) and not (between.other or between.semicolon or between.comma)

    def _joined_by_and(self, group: list[NameMatch]) -> bool:
        """The last two names of a group are joined by ``и`` (a closed list, not "Иванова, педагоги …")."""
        return self.gap(group[-2].stop, group[-1].start).conj > 0

    def _group_before(self, index: int) -> list[NameMatch]:
        group: list[NameMatch] = []
        while index >= 0 and self.elements[index].name is not None:
            group.insert(0, self.elements[index].name)  # type: ignore[arg-type]
            if index == 0 or self.elements[index - 1].name is None:
                break
            between = self.gap(self.elements[index - 1].stop, self.elements[index].start)
            if not (between.comma or between.conj) or between.other or between.words:
                break
            index -= 1
        return group

    def _back(self, cue: RoleCue, names: list[NameMatch], cases: frozenset[str] | None) -> None:
        self.back[id(cue)] = names
        for name in names:
            self._attach(cue, name, cases, (name.stop, cue.stop))

    def _chains(self) -> None:
        """A role joined by a dash, comma, ``и`` or link verb to another role that leads a name."""
        for index in range(len(self.elements) - 2, -1, -1):
            cue, following = self.elements[index].cue, self.elements[index + 1]
            if cue is None or cue.function or cue.dependent or id(cue) in self.leads or id(cue) in self.back:
                continue
            if following.cue is None or id(following.cue) not in self.leads:
                continue
            between = self.gap(cue.stop, following.start)
            if between.other or between.semicolon or between.verb:
                continue
            if between.link or between.dash:
                if not between.link and between.comma:
                    continue
                if between.link and ("ablt" not in cue.singular | cue.plural or cue.preposition):
                    continue
            elif between.comma or between.conj:
                if (between.comma + between.conj > 1 and not between.conj) or between.adverbial:
                    continue
                if not cue.singular & following.cue.singular and not cue.plural & following.cue.plural:
                    continue
            else:
                continue
            names = self.leads[id(following.cue)]
            self.leads[id(cue)] = names
            for name in names:
                self._attach(cue, name, None, (cue.start, cue.stop))

    def _functions(self) -> None:
        """The person of a function's clause: after its verb, or before it."""
        text = self.sentence.text
        verbs = sorted(self.sentence.words.get("function_verbs", []) + self.sentence.words.get("links", []))
        for index, element in enumerate(self.elements):
            cue = element.cue
            if cue is None or not cue.function:
                continue
            stops = [m.start() for m in re.finditer(r";", text)] + self.sentence.boundaries
            clause_start = max((position + 1 for position in stops if position < cue.start), default=0)
            clause_stop = min((position for position in stops if position >= cue.stop), default=len(text))
            following = self._next(index)
            targets: list[NameMatch] = []
            role_between = following is not None and following.cue is not None and not following.cue.function
            beyond = self._next(index + 1) if role_between else None
            if following is not None and following.name is not None and self.gap(cue.stop, following.start).filler:
                targets = [following.name]
            elif (
                following is not None
                and beyond is not None
                and beyond.name is not None
                and self.gap(cue.stop, following.start).filler
                and self.gap(following.stop, beyond.start).filler
            ):
                # "под председательством директора ЦДО «Спектр» Нестеровой Л.А.": a role between them
                targets = [beyond.name]
            else:
                after = [span for span in verbs if span[0] >= cue.stop and span[1] <= clause_stop]
                before = [span for span in verbs if span[0] >= clause_start and span[1] <= cue.start]
                if after:
                    targets = self._first_after(after[0][1], clause_stop)
                    # "Координацию обеспечивает управление образования (начальник Н.Г. Ким)": the body does it
                    targets = [name for name in targets if "(" not in text[after[0][1] : name.start]]
                elif before:
                    targets = self._last_before(before[-1][0], clause_start) or self._first_after(
                        before[-1][1], clause_stop
                    )
                elif cue.free:
                    targets = self._first_after(cue.stop, clause_stop) or self._last_before(cue.start, clause_start)
                else:
                    targets = self._dashed_before(cue, clause_start)
            for name in targets:
                self._attach(cue, name, None, (cue.start, cue.stop))
            if targets:
                self.leads[id(cue)] = targets

    def _members(self) -> None:
        """The names after "членам экспертной комиссии", "в состав экспертной группы" are the body's
        members and take the role its members have (roles.yaml ``bodies``)."""
        markers = self.sentence.words.get("member_markers", [])
        if not markers:
            return
        doc, text = self.sentence.doc, self.sentence.text
        for label, first, last in match_labels(self.sentence.rules.role_body_matcher, doc[:]):
            start, stop = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            if not any(end <= start and not text[end:start].strip() for _, end in markers):
                continue
            cue = RoleCue(label, start, stop, ALL_CASES, frozenset())
            for name in self.names:
                if name.start >= stop:
                    self._attach(cue, name, None, (start, stop))

    def _dashed_before(self, cue: RoleCue, clause_start: int) -> list[NameMatch]:
        """A dash stands for the verb: ``методист Соколова И.П. – функции муниципального администратора``."""
        names = self._last_before(cue.start, clause_start)
        if not names:
            return []
        markers = self.sentence.words.get("function_markers", [])
        marker = min((start for start, stop in markers if names[0].stop <= start and stop <= cue.start), default=None)
        between = self.gap(names[0].stop, cue.start if marker is None else marker)
        if between.dash and not (
            between.words or between.verb or between.comma or between.semicolon or between.other or between.colon
        ):
            return names
        return []

    def _first_after(self, position: int, stop: int) -> list[NameMatch]:
        for element in self.elements:
            if element.start < position or element.start >= stop:
                continue
            if element.name is not None:
                return [element.name]
            if element.cue is not None and not element.cue.function:
                return self.leads.get(id(element.cue), [])
        return []

    def _last_before(self, position: int, start: int) -> list[NameMatch]:
        for element in reversed(self.elements):
            if element.stop <= position and element.start >= start and element.name is not None:
                return [element.name]
        return []


def _boundaries(sentence: Sentence) -> list[int]:
    """Where a sentence ends after ``Фамилия И.О.`` although the splitter went on (it takes the
    initials for an abbreviation): the next word is capitalized and starts no name."""
    found = []
    for name in sentence.names:
        if name.first_name or not sentence.text[name.start : name.stop].endswith("."):
            continue
        if not sentence.text[name.start].isupper() or sentence.text[name.start + 1] == ".":
            continue
        following = re.match(r"\s+[А-ЯЁ](?:[а-яё]|\s)", sentence.text[name.stop :])
        if following and not any(other.start == name.stop + following.start() + 1 for other in sentence.names):
            found.append(name.stop)
    return found


def attach_roles(sentence: Sentence) -> dict[int, NameRoles]:
    """Roles of each name of the sentence (by ``id``)."""
    sentence.boundaries = _boundaries(sentence)
    sentence.words = _ranges(sentence)
    sentence.cues = role_cues(sentence)
    return _Attachment(sentence).run()


def open_roles(sentence: Sentence, result: dict[int, NameRoles]) -> list[RoleCue]:
    """Plural roles of a sentence that named nobody in it (a lead-in: ``Экспертами назначены:``);
    a function (``в качестве экспертов``) outranks the other roles."""
    used = {span for entry in result.values() for span in entry.role_spans}
    unused = [
        cue
        for cue in sentence.cues
        if cue.many
        and cue.label != NOT_A_MATCH  # "Присутствовали члены совета:" opens no role
        and not any(span[0] <= cue.start < span[1] or cue.start <= span[0] < cue.stop for span in used)
    ]
    functions = [cue for cue in unused if cue.function]
    return functions or unused[-1:]
