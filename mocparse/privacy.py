"""Pseudonymization of the personal data in mocparse output (docs/reliability.md, "Personal data").

Reports name real people. ``--pseudonymize`` (``mocparse parse``, ``batch``, ``export``) replaces:

* each person's ``name`` and ``full_name`` by a stable keyed pseudonym, ``person-`` and the first
  12 hex digits of HMAC-SHA256(key, normalized nominative name ``фамилия и.о.``): the same person
  gets the same pseudonym in every document, run and export made with the same key, and nobody
  without the key can recompute it from a guessed name;
* every person name inside any other text (evidence sentences, responsible persons, titles, paths,
  error messages ...) by the pseudonym of that person: names found the way the persons extractor
  finds them, then any word that starts like the surname or patronymic of a known person;
* telephone numbers by ``[телефон]`` and e-mail addresses by ``[e-mail]``.

Evidence keeps its offsets (``start``, ``end``, ``block``, ``page``, ``cell``), which still point
into the original document; only its ``text`` is rewritten, so in pseudonymized output
``text`` is no longer ``document.text[start:end]`` where a name or contact was replaced.

The key comes from the environment variable ``MOCPARSE_PSEUDONYM_KEY`` or from a key file
(``--pseudonym-key-file``); without a key of at least 16 bytes nothing is written.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mocparse.records import Report

if TYPE_CHECKING:
    from mocparse.batch import BatchRecord, Sink
    from mocparse.extract.persons import NameMatch

KEY_ENV = "MOCPARSE_PSEUDONYM_KEY"
"""Environment variable holding the pseudonymization key."""
MIN_KEY_BYTES = 16
"""Shortest key accepted: names are few and guessable, the key is all that protects them."""
PSEUDONYM_PREFIX = "person-"
PSEUDONYM_HEX_DIGITS = 12
PHONE_MASK = "[телефон]"
EMAIL_MASK = "[e-mail]"

_SPACES = re.compile(r"\s+")
_INITIAL_GAP = re.compile(r"(?<=\.)\s+(?=\w\.)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w/-])(?:"
    r"(?:\+7|8)[\s-]*\(?\d{3,5}\)?[\s-]*\d{1,3}(?:[\s-]*\d{2}){2}"  # 8 (83342) 2-17-45, +7 912 345-67-89
    r"|\(\d{3,5}\)[\s-]*\d{1,3}(?:[\s-]*\d{2}){2}"  # (83342) 2-14-57
    r"|\d{1,3}-\d{2}-\d{2}"  # 2-17-45
    r")(?![\w/-])"
)
# JSON keys of a Report whose values are codes, hashes, ISO dates or place names, never free text about people.
_STRUCTURAL_KEYS = frozenset(
    {
        "schema_version",
        "mocparse_version",
        "sha256",
        "format",
        "rule",
        "precision",
        "kind",
        "code",
        "program_type",
        "unit",
        "qualifier",
        "start",
        "end",
        "date",
        "municipality",
        "region",
    }
)
# Database columns that hold codes, hashes, versions or place names (see mocparse/db/schema.py).
_STRUCTURAL_COLUMNS = frozenset(
    {
        "sha256",
        "format",
        "schema_version",
        "mocparse_version",
        "kind",
        "rule",
        "code",
        "precision",
        "program_type",
        "unit",
        "qualifier",
        "status",
        "command",
        "municipality_key",
        "period_label",
        "municipality",
        "region",
    }
)


class PseudonymKeyError(Exception):
    """No usable pseudonymization key."""


def load_key(key_file: Path | None = None, environ: Mapping[str, str] | None = None) -> bytes:
    """The key from ``key_file`` (its bytes, surrounding whitespace stripped) or from ``MOCPARSE_PSEUDONYM_KEY``."""
    if key_file is not None:
        try:
            key = key_file.read_bytes().strip()
        except OSError as error:
            raise PseudonymKeyError(
                f"cannot read the pseudonym key file {key_file}: {error.strerror or error}"
            ) from error
        where = f"the key file {key_file}"
    else:
        key = (os.environ if environ is None else environ).get(KEY_ENV, "").strip().encode("utf-8")
        where = f"${KEY_ENV}"
    if not key and key_file is not None:
        raise PseudonymKeyError(f"the pseudonym key file {key_file} is empty; nothing was written")
    if not key:
        raise PseudonymKeyError(
            f"pseudonymization needs a secret key: set {KEY_ENV} or give --pseudonym-key-file FILE "
            f"(at least {MIN_KEY_BYTES} random bytes, e.g. `openssl rand -hex 32`); nothing was written"
        )
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"the pseudonym key in {where} is {len(key)} bytes; use at least {MIN_KEY_BYTES} random bytes "
            "(e.g. `openssl rand -hex 32`); nothing was written"
        )
    return key


def normalize_name(name: str) -> str:
    """Lower case, ё -> е, single spaces, no space between initials (as ``person_key`` in the database)."""
    value = _SPACES.sub(" ", name.replace("ё", "е").replace("Ё", "Е").strip().lower())
    return _INITIAL_GAP.sub("", value)


def mask_contacts(text: str) -> str:
    """Replace e-mail addresses and telephone numbers."""
    if "@" in text:
        text = _EMAIL.sub(EMAIL_MASK, text)
    return _PHONE.sub(PHONE_MASK, text)


@dataclasses.dataclass(frozen=True, slots=True)
class _Known:
    surname: str
    initials: str
    pseudonym: str


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


_NAME_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][А-Яа-яЁё]*(?:-[А-ЯЁ][А-Яа-яЁё]*)?(?![\w-])")
_MAX_ENDING = 3
"""Letters an inflected form may add to a name's stem (Иванов|ой, Соколовск|ого); not 4, so that
``Петровский`` is not taken for a form of ``Петров``."""


def _stem(word: str) -> str | None:
    """The part of a name word that its inflected forms share (``Иванова`` -> ``иванов``,
    ``Соколовский`` -> ``соколовск``, ``Иванов`` -> ``иванов``); None when too short to be safe."""
    word = _fold(word)
    if word.endswith(("ий", "ый", "ой", "ая", "яя")):
        word = word[:-2]
    elif word.endswith(("а", "я", "о", "е", "ь", "й")):
        word = word[:-1]
    return word if len(word) >= 3 else None


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

    def scrubber(self, persons: Iterable[tuple[str, str | None]]) -> TextScrubber:
        """A scrubber that knows these persons: (``Фамилия И.О.``, full name or None) pairs."""
        return TextScrubber(self, persons)

    def report(self, report: Report) -> Report:
        """A copy of ``report`` with every person name pseudonymized and contacts masked."""
        scrub = self.scrubber((person.name, person.full_name) for person in report.persons)
        data = report.model_dump(mode="json")
        persons = data.pop("persons")
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
            scrub = self.scrubber(())
            data["path"] = scrub(str(data.get("path") or ""))
            error = data.get("error") or {}
            if isinstance(error.get("message"), str):
                error["message"] = scrub(error["message"])
            return json.dumps(data, ensure_ascii=False)
        return self.report(Report.model_validate(data)).model_dump_json()

    def row_transform(self, persons: Iterable[tuple[str, str | None]]) -> RowTransform:
        """A transform of exported database rows that knows these persons (see :class:`RowTransform`)."""
        return RowTransform(self, self.scrubber(persons))


class TextScrubber:
    """Replaces person names and contacts in free text; knows the persons of a document or a database."""

    def __init__(self, pseudonymizer: Pseudonymizer, persons: Iterable[tuple[str, str | None]]) -> None:
        self._pseudonymizer = pseudonymizer
        self._known: dict[str, list[_Known]] = {}
        self._cache: dict[str, str] = {}
        self._words: dict[str, str] = {}  # stem of a surname or patronymic -> pseudonym
        self._first_names: dict[str, set[str]] = {}  # stem of a first name -> pseudonyms
        for name, full_name in persons:
            pseudonym = pseudonymizer.pseudonym(name)
            surname, _, initials = name.strip().rpartition(" ")
            if not surname:
                surname, initials = name.strip(), ""
            known = _Known(_fold(surname), _fold(initials.replace(".", "")), pseudonym)
            self._known.setdefault(known.surname[:3], []).append(known)
            parts = full_name.split() if full_name else []
            for word in (surname, *parts[2:3]):
                stem = _stem(word)
                if stem:
                    self._words[stem] = pseudonym
            first = _stem(parts[1]) if len(parts) == 3 else None
            if first:
                self._first_names.setdefault(first, set()).add(pseudonym)
        self._lengths = sorted({len(stem) for stem in self._words}, reverse=True)

    def __call__(self, text: str) -> str:
        """``text`` with names replaced by pseudonyms and contacts masked."""
        if not text:
            return text
        cached = self._cache.get(text)
        if cached is None:
            cached = self._cache[text] = mask_contacts(self._known_words(self._found_names(text)))
        return cached

    def _found_names(self, text: str) -> str:
        """Names found as the persons extractor finds them (``Ивановой М.В.``, ``И.О. Фамилия``, full names)."""
        from mocparse.extract.persons import find_names

        try:
            names = find_names(text)
        except Exception:  # a scrubber must not fail on odd text; the word pass still runs
            names = []
        for name in reversed(names):
            text = text[: name.start] + self._pseudonym_of(name) + text[name.stop :]
        return text

    def _pseudonym_of(self, name: NameMatch) -> str:
        surname, initials = _fold(name.surname), _fold(name.initials)
        for known in self._known.get(surname[:3], ()):
            if known.initials[: len(initials)] == initials and _same_surname(surname, known.surname):
                return known.pseudonym
        from mocparse.extract.persons import normalize, short_name

        try:  # a person the report does not list: the nominative as well as the sentence allows
            nominative, initials_found, _ = normalize(name, set())
        except Exception:
            nominative, initials_found = name.surname, name.initials
        return self._pseudonymizer.pseudonym(short_name(nominative, initials_found))

    def _known_words(self, text: str) -> str:
        """Words that start like a known surname or patronymic (an inflected form, a name in capitals,
        a name the finder missed) and known first names; adjacent words of one person become one pseudonym."""
        if not self._words and not self._first_names:
            return text
        words = list(_NAME_WORD.finditer(text))
        found = [self._known_word(match.group()) for match in words]
        firsts = [self._first_names.get(_stem(match.group()) or "", set()) for match in words]
        spans: list[tuple[int, int, str]] = []
        for index, match in enumerate(words):
            pseudonym = found[index]
            if pseudonym is None and firsts[index]:
                near = [found[other] for other in (index - 1, index + 1) if 0 <= other < len(words)]
                chosen = [candidate for candidate in near if candidate in firsts[index]]
                pseudonym = chosen[0] if chosen else next(iter(firsts[index])) if len(firsts[index]) == 1 else "[имя]"
            if pseudonym is None:
                continue
            if spans and spans[-1][2] == pseudonym and not text[spans[-1][1] : match.start()].strip():
                spans[-1] = (spans[-1][0], match.end(), pseudonym)  # "Марина Владимировна" -> one pseudonym
            else:
                spans.append((match.start(), match.end(), pseudonym))
        for start, stop, pseudonym in reversed(spans):
            text = text[:start] + pseudonym + text[stop:]
        return text

    def _known_word(self, word: str) -> str | None:
        folded = _fold(word)
        for length in self._lengths:
            if length <= len(folded) <= length + _MAX_ENDING:
                found = self._words.get(folded[:length])
                if found is not None:
                    return found
        return None


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


def _scrub_tree(value: Any, scrub: TextScrubber, key: str | None = None) -> Any:
    if isinstance(value, str):
        return value if key in _STRUCTURAL_KEYS else scrub(value)
    if isinstance(value, dict):
        return {name: _scrub_tree(item, scrub, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_scrub_tree(item, scrub, key) for item in value]
    return value


class RowTransform:
    """Pseudonymizes rows of the database export: ``persons.name``/``full_name`` become pseudonyms,
    ``person_key`` becomes ``pseudonym|municipality``, every other text column is scrubbed."""

    def __init__(self, pseudonymizer: Pseudonymizer, scrubber: TextScrubber) -> None:
        self._pseudonymizer = pseudonymizer
        self._scrub = scrubber

    def __call__(self, table: str, header: list[str], row: Iterable[Any]) -> list[Any]:
        """The row of ``table`` (columns ``header``) with personal data replaced."""
        values = list(row)
        names = dict(zip(header, values, strict=False))
        out: list[Any] = []
        for column, value in zip(header, values, strict=False):
            if not isinstance(value, str) or column in _STRUCTURAL_COLUMNS:
                out.append(value)
            elif table == "persons" and column in ("name", "full_name"):
                out.append(self._pseudonymizer.pseudonym(str(names.get("name") or value)))
            elif column == "person_key":
                name, _, municipality = value.rpartition("|")
                out.append(f"{self._pseudonymizer.pseudonym(name)}|{municipality}")
            else:
                out.append(self._scrub(value))
        return out


class PseudonymizingSink:
    """A batch output (:class:`mocparse.batch.Sink`) that writes every record pseudonymized."""

    def __init__(self, inner: Sink, pseudonymizer: Pseudonymizer) -> None:
        self.inner = inner
        self.pseudonymizer = pseudonymizer
        self.description = f"{inner.description} (pseudonymized)"

    @property
    def notes(self) -> list[str]:
        """The wrapped output's notes."""
        return list(getattr(self.inner, "notes", []))

    def completed(self) -> set[str]:
        """Documents the wrapped output holds."""
        return self.inner.completed()

    def write(self, record: BatchRecord) -> None:
        """Write ``record`` with names, contacts and the file path pseudonymized."""
        scrub = self.pseudonymizer.scrubber(())
        source = dataclasses.replace(
            record.source, path=Path(scrub(str(record.source.path))), relpath=scrub(record.source.relpath)
        )
        line = self.pseudonymizer.record_json(record.line) if record.line is not None else None
        message = scrub(record.error_message) if record.error_message is not None else None
        self.inner.write(dataclasses.replace(record, source=source, line=line, error_message=message))

    def close(self, *, finished: bool) -> None:
        """Close the wrapped output."""
        self.inner.close(finished=finished)
