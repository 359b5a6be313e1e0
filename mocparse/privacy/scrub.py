"""Keyed pseudonyms and the scrubbers that put them in place of names and contacts in any text."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from mocparse.privacy.keys import MIN_KEY_BYTES, PseudonymKeyError, normalize_name
from mocparse.privacy.names import FoundName, Spans, find_names
from mocparse.records import Report

PSEUDONYM_PREFIX = "person-"
PSEUDONYM_HEX_DIGITS = 12
PHONE_MASK = "[телефон]"
EMAIL_MASK = "[e-mail]"
NAME_MASK = "[имя]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w/-])(?:"
    r"(?:\+7|8)[\s-]*\(?\d{3,5}\)?[\s-]*\d{1,3}(?:[\s-]*\d{2}){2}"  # 8 (83342) 2-17-45, +7 912 345-67-89
    r"|\(\d{3,5}\)[\s-]*\d{1,3}(?:[\s-]*\d{2}){2}"  # (83342) 2-14-57
    r"|\d{1,3}-\d{2}-\d{2}"  # 2-17-45
    r")(?![\w/-])"
)
_NAME_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][А-Яа-яЁё]*(?:-[А-ЯЁ][А-Яа-яЁё]*)?(?![\w-])")
_CACHE_SIZE = 20_000
_MAX_ENDING = 3
"""Letters an inflected form may add to a name's stem (Иванов|ой, Соколовск|ого); not 4, so that
``Петровский`` is not taken for a form of ``Петров``."""

STRUCTURAL_KEYS = frozenset(
    {
        "schema_version", "mocparse_version", "sha256", "format", "rule", "precision", "kind", "code",
        "program_type", "focus", "form", "status", "unit", "qualifier", "indicator", "subject_key", "start", "end",
        "date", "municipality", "region",
    }
)  # fmt: skip
"""JSON keys of a Report whose values are codes, hashes, ISO dates or place names, never free text about people."""
STRUCTURAL_COLUMNS = frozenset(
    {
        "sha256", "format", "schema_version", "mocparse_version", "kind", "rule", "code", "precision",
        "program_type", "focus", "form", "status", "unit", "qualifier", "indicator", "subject_key",
        "command", "municipality_key", "period_label", "municipality", "region",
    }
)  # fmt: skip
"""Database columns that hold codes, hashes, versions or place names (see mocparse/db/schema.py)."""
PATH_KEYS = frozenset({"path", "source", "document", "coverage_document"})
"""Keys and columns that hold file paths: their ``_`` separate words, and a lone surname counts."""


def mask_contacts(text: str) -> str:
    """Replace e-mail addresses and telephone numbers."""
    if "@" in text:
        text = _EMAIL.sub(EMAIL_MASK, text)
    return _PHONE.sub(PHONE_MASK, text)


def _contact_spans(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), EMAIL_MASK) for m in _EMAIL.finditer(text)] if "@" in text else []
    kept = Spans()
    for start, end, _ in spans:
        kept.add(start, end)
    spans += [(m.start(), m.end(), PHONE_MASK) for m in _PHONE.finditer(text) if kept.free(m.start(), m.end())]
    return spans


def apply_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` (in order, not overlapping) put in place."""
    pieces: list[str] = []
    position = 0
    for start, end, replacement in spans:
        pieces += (text[position:start], replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _stem(word: str) -> str | None:
    """The part of a name word that its inflected forms share (``Иванова`` -> ``иванов``,
    ``Соколовский`` -> ``соколовск``, ``Иванов`` -> ``иванов``); None when too short to be safe."""
    word = _fold(word)
    if word.endswith(("ий", "ый", "ой", "ая", "яя")):
        word = word[:-2]
    elif word.endswith(("а", "я", "о", "е", "ь", "й")):
        word = word[:-1]
    return word if len(word) >= 3 else None


def nominative_surname(surname: str, female: bool | None = None) -> str:
    """The nominative of a surname in any case (``Петровой`` -> ``петрова``, ``ЗАХАРОВЫМ`` -> ``захаров``),
    by pymorphy3's surname readings; as written (lower case) when it has none."""
    from mocparse.nlp.morph import parses

    parts = []
    for part in surname.split("-"):
        readings = [parse for parse in parses(part.capitalize()) if "Surn" in parse.tag]
        if female is not None:
            readings = [parse for parse in readings if ("femn" in parse.tag) == female] or readings
        best = max(readings, key=lambda parse: parse.score, default=None)
        nominative = best.inflect({"nomn"}) if best is not None else None
        parts.append(nominative.word if nominative is not None else part.lower())
    return "-".join(parts)


def _same_surname(form: str, nominative: str) -> bool:
    """Whether an inflected surname (``кокиной``) is a form of a nominative one (``кокина``)."""
    if form == nominative:
        return True
    common = 0
    for a, b in zip(form, nominative, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(3, len(nominative) - 2) and abs(len(form) - len(nominative)) <= 3


@dataclasses.dataclass(frozen=True, slots=True)
class _Known:
    surname: str
    initials: str
    pseudonym: str


class Pseudonymizer:
    """Keyed pseudonyms for person names, and scrubbers for the texts that mention them."""

    def __init__(self, key: bytes) -> None:
        if len(key) < MIN_KEY_BYTES:
            raise PseudonymKeyError(f"the pseudonym key must be at least {MIN_KEY_BYTES} bytes")
        self._key = key

    def pseudonym(self, name: str) -> str:
        """``person-`` + 12 hex digits of HMAC-SHA256(key, normalized name)."""
        digest = hmac.new(self._key, normalize_name(name).encode("utf-8"), hashlib.sha256).hexdigest()
        return PSEUDONYM_PREFIX + digest[:PSEUDONYM_HEX_DIGITS]

    def scrubber(self, persons: Iterable[tuple[str, str | None]] = ()) -> TextScrubber:
        """A scrubber that knows these persons: (``Фамилия И.О.``, full name or None) pairs."""
        return TextScrubber(self, persons)

    def report(self, report: Report) -> Report:
        """A copy of ``report`` with every person name pseudonymized and contacts masked."""
        scrub = self.scrubber((person.name, person.full_name) for person in report.persons)
        data = report.model_dump(mode="json")
        persons = data.pop("persons")
        for key, text in _strings(data):
            scrub.learn(text, in_path=key in PATH_KEYS)
        for person in persons:
            for key, text in _strings({name: person[name] for name in ("roles", "organization", "mentions")}):
                scrub.learn(text, in_path=key in PATH_KEYS)
        data = _scrub_tree(data, scrub)
        for person in persons:
            pseudonym = self.pseudonym(person["name"])
            person["name"] = pseudonym
            if person["full_name"] is not None:
                person["full_name"] = pseudonym
            for key in ("roles", "organization", "mentions"):
                person[key] = _scrub_tree(person[key], scrub)
        data["persons"] = persons
        return Report.model_validate(data)

    def record_json(self, line: str) -> str:
        """A batch output line (a Report or an error record) pseudonymized."""
        data = json.loads(line)
        if isinstance(data, dict) and "error" in data:
            return json.dumps(self.error_record(data), ensure_ascii=False)
        return self.report(Report.model_validate(data)).model_dump_json()

    def error_record(self, data: dict[str, Any]) -> dict[str, Any]:
        """An error record (a dict) with its path and message pseudonymized."""
        scrub = self.scrubber()
        path = str(data.get("path") or "")
        error = data.get("error")
        message = error.get("message") if isinstance(error, dict) else None
        text = message if isinstance(message, str) else ""
        scrub.learn(path, in_path=True)
        scrub.learn(text)
        result = {**data, "path": scrub(path, in_path=True)}
        if isinstance(error, dict):
            result["error"] = {**error, "message": scrub(text)}
        return result

    def row_transform(self, persons: Iterable[tuple[str, str | None]]) -> RowTransform:
        """A transform of exported database rows that knows these persons (see :class:`RowTransform`)."""
        return RowTransform(self, self.scrubber(persons))


class TextScrubber:
    """Replaces person names and contacts in free text with pseudonyms and masks.

    It knows the persons it was made with and, after :meth:`learn`, every name the net
    (:mod:`mocparse.privacy.names`) finds in the texts of the same document or database; then a
    word that starts like a known surname or patronymic is replaced wherever it stands, alone,
    inflected or in capitals.
    """

    def __init__(self, pseudonymizer: Pseudonymizer, persons: Iterable[tuple[str, str | None]] = ()) -> None:
        self._pseudonymizer = pseudonymizer
        self._known: dict[str, list[_Known]] = {}  # by the stem of the nominative surname
        self._found: dict[tuple[str, bool], list[tuple[FoundName, str]]] = {}
        self._cache: dict[tuple[str, bool], str] = {}
        self._words: dict[str, str] = {}  # stem of a surname or patronymic -> pseudonym
        self._first_names: dict[str, set[str]] = {}  # stem of a first name -> pseudonyms
        self._lengths: list[int] = []
        self._stem_lengths: set[int] = set()
        for name, full_name in persons:
            self._add_person(name, full_name)

    # -- what the scrubber knows

    def _add_person(self, name: str, full_name: str | None) -> str:
        pseudonym = self._pseudonymizer.pseudonym(name)
        surname, _, initials = name.strip().rpartition(" ")
        if not surname:
            surname, initials = name.strip(), ""
        self._remember(surname, initials.replace(".", ""), pseudonym)
        parts = full_name.split() if full_name else []
        if len(parts) == 3:
            self._remember_word(parts[2], pseudonym)
            first = _stem(parts[1])
            if first:
                self._first_names.setdefault(first, set()).add(pseudonym)
        return pseudonym

    def _remember(self, surname: str, initials: str, pseudonym: str) -> None:
        known = _Known(_fold(surname), _fold(initials), pseudonym)
        bucket = self._known.setdefault(_stem(surname) or known.surname, [])
        if known not in bucket:
            bucket.append(known)
        self._remember_word(surname, pseudonym)

    def _remember_word(self, word: str, pseudonym: str) -> None:
        for part in word.split("-"):
            stem = _stem(part)
            if stem and stem not in self._words:
                self._words[stem] = pseudonym
                if len(stem) not in self._stem_lengths:
                    self._stem_lengths.add(len(stem))
                    self._lengths = sorted(self._stem_lengths, reverse=True)

    def _pseudonym_of(self, found: FoundName) -> str:
        """The pseudonym of a name the net found: that of a known person with this surname and
        compatible initials (or this patronymic), else of its nominative ``фамилия и.о.``; its words
        are remembered, so that the person's other forms are replaced too."""
        pseudonym = self._known_pseudonym(found)
        if pseudonym is None and found.surname is not None:
            nominative = nominative_surname(found.surname, found.female)
            pseudonym = self._pseudonymizer.pseudonym(f"{nominative} {''.join(f'{i}.' for i in found.initials)}")
            if found.sure:
                self._remember(nominative, found.initials, pseudonym)
        elif pseudonym is None:
            pseudonym = self._pseudonymizer.pseudonym(f"{found.first_name} {found.patronymic}")
        for word in (found.surname if found.sure else None, found.patronymic):
            if word:
                self._remember_word(word, pseudonym)
        first = _stem(found.first_name or "")
        if first:
            self._first_names.setdefault(first, set()).add(pseudonym)
        return pseudonym

    def _known_pseudonym(self, found: FoundName) -> str | None:
        if found.surname is None:  # Имя Отчество: by the patronymic, else by a first name only one person has
            by_patronymic = self._known_word(found.patronymic or "")
            firsts = self._first_names.get(_stem(found.first_name or "") or "", set())
            return by_patronymic if by_patronymic is not None else next(iter(firsts)) if len(firsts) == 1 else None
        surname, initials = _fold(found.surname), _fold(found.initials)
        for length in range(len(surname), max(2, len(surname) - _MAX_ENDING - 1), -1):  # the stems it may have
            for known in self._known.get(surname[:length], ()):
                compatible = known.initials.startswith(initials) or initials.startswith(known.initials)
                if compatible and _same_surname(surname, known.surname):
                    return known.pseudonym
        return None

    def learn(self, text: str, *, in_path: bool = False) -> list[tuple[FoundName, str]]:
        """Find the names in ``text`` with the net and remember their persons for every later text;
        the names found, with their pseudonyms. (Only texts that hold names are kept: a database
        export learns from every row.)"""
        key = (text, in_path)
        if not text:
            return []
        known = self._found.get(key)
        if known is not None:
            return known
        try:
            names = find_names(text, in_path=in_path)
        except Exception:  # a scrubber must not fail on odd text; the other passes still run
            names = []
        found = [(name, self._pseudonym_of(name)) for name in names]
        if found:
            self._found[key] = found
        return found

    # -- replacing

    def spans(self, text: str, *, in_path: bool = False) -> list[tuple[int, int, str]]:
        """``(start, end, replacement)`` of every name and contact in ``text``, in order, not overlapping."""
        if not text:
            return []
        found = self.learn(text, in_path=in_path)
        taken = _contact_spans(text)
        kept = Spans()
        for start, end, _ in taken:
            kept.add(start, end)
        spaced = text.replace("_", " ")
        names = [(name.start, name.end, pseudonym) for name, pseudonym in found]
        for start, end, replacement in names + self._known_words(spaced):
            if kept.free(start, end):
                kept.add(start, end)
                taken.append((start, end, replacement))
        taken.sort()
        merged: list[tuple[int, int, str]] = []
        for start, end, replacement in taken:  # "Марина Владимировна" -> one pseudonym
            if merged and merged[-1][2] == replacement and not spaced[merged[-1][1] : start].strip():
                merged[-1] = (merged[-1][0], end, replacement)
            else:
                merged.append((start, end, replacement))
        return merged

    def __call__(self, text: str, *, in_path: bool = False) -> str:
        """``text`` with names replaced by pseudonyms and contacts masked."""
        if not text:
            return text
        key = (text, in_path)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) >= _CACHE_SIZE:  # repeated texts (cells, paths) are what it is for
                self._cache.clear()
            cached = self._cache[key] = apply_spans(text, self.spans(text, in_path=in_path))
        return cached

    def _known_words(self, text: str) -> list[tuple[int, int, str]]:
        """Words that start like a known surname or patronymic (an inflected form, a name in capitals,
        a lone surname) and known first names (next to their person, or ``[имя]`` when ambiguous)."""
        if not self._words and not self._first_names:
            return []
        words = list(_NAME_WORD.finditer(text))
        found = [self._known_word(match.group()) for match in words]
        firsts = [self._first_names.get(_stem(match.group()) or "", set()) for match in words]
        spans: list[tuple[int, int, str]] = []
        for index, match in enumerate(words):
            pseudonym = found[index]
            if pseudonym is None and firsts[index]:
                near = [found[other] for other in (index - 1, index + 1) if 0 <= other < len(words)]
                chosen = [candidate for candidate in near if candidate in firsts[index]]
                only = next(iter(firsts[index])) if len(firsts[index]) == 1 else NAME_MASK
                pseudonym = chosen[0] if chosen else only
            if pseudonym is not None:
                spans.append((match.start(), match.end(), pseudonym))
        return spans

    def _known_word(self, word: str) -> str | None:
        for part in _fold(word).split("-"):
            for length in self._lengths:
                if length <= len(part) <= length + _MAX_ENDING:
                    found = self._words.get(part[:length])
                    if found is not None:
                        return found
        return None


def _strings(value: Any, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    """Every free-text string of a JSON tree, with the key it stands under."""
    if isinstance(value, str):
        if key not in STRUCTURAL_KEYS:
            yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)


def _scrub_tree(value: Any, scrub: TextScrubber, key: str | None = None) -> Any:
    if isinstance(value, str):
        return value if key in STRUCTURAL_KEYS else scrub(value, in_path=key in PATH_KEYS)
    if isinstance(value, dict):
        return {name: _scrub_tree(item, scrub, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_scrub_tree(item, scrub, key) for item in value]
    return value


class RowTransform:
    """Pseudonymizes rows of the database export: ``persons.name``/``full_name`` become pseudonyms,
    ``person_key`` becomes ``pseudonym|municipality``, every other text column is scrubbed. Give it
    every row first (:meth:`learn`) so that a name found in one row is replaced in all."""

    def __init__(self, pseudonymizer: Pseudonymizer, scrubber: TextScrubber) -> None:
        self._pseudonymizer = pseudonymizer
        self._scrub = scrubber

    def learn(self, table: str, header: list[str], row: Iterable[Any]) -> None:
        """Let the scrubber find the names in this row's texts."""
        for column, value in zip(header, row, strict=False):
            if isinstance(value, str) and column not in STRUCTURAL_COLUMNS and column != "person_key":
                self._scrub.learn(value, in_path=column in PATH_KEYS)

    def __call__(self, table: str, header: list[str], row: Iterable[Any]) -> list[Any]:
        """The row of ``table`` (columns ``header``) with personal data replaced."""
        values = list(row)
        names = dict(zip(header, values, strict=False))
        out: list[Any] = []
        for column, value in zip(header, values, strict=False):
            if not isinstance(value, str) or column in STRUCTURAL_COLUMNS:
                out.append(value)
            elif table == "persons" and column in ("name", "full_name"):
                out.append(self._pseudonymizer.pseudonym(str(names.get("name") or value)))
            elif column == "person_key":
                name, _, municipality = value.rpartition("|")
                out.append(f"{self._pseudonymizer.pseudonym(name)}|{municipality}")
            else:
                out.append(self._scrub(value, in_path=column in PATH_KEYS))
        return out
