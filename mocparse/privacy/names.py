"""The net that finds person names for pseudonymization, independent of the persons extractor.

The persons extractor aims at precision (a name with a role); privacy needs recall: any name in
any text, in any of the forms reports and file names use. Found here, in any case and in capitals:

* ``Фамилия И.О.``, ``Фамилия И. О.``, ``Фамилия И.``, ``ФАМИЛИЯ И.О.``, ``Фамилия-Фамилия И.О.``;
* ``И.О. Фамилия``, ``И.О.Фамилия``, ``И. Фамилия``, ``В.В. ЗАХАРОВА`` (signatures);
* ``Фамилия Имя Отчество``, ``Имя Отчество Фамилия``, ``Имя Отчество`` (a patronymic is enough);
* ``Имя Фамилия`` and ``Фамилия Имя`` (a first name that pymorphy3 knows next to a word that looks
  like a surname);
* in file names, where ``_`` separates words, the same; and any single word that looks like a
  surname (``отчёт_Петровой.docx``).

Latin ``Surname I.O.`` and ``I.O. Surname`` are found too. What is not found: a lone surname in
running text that no other form of the same person reveals (the scrubber then still replaces it
when the person is known elsewhere in the document), names in lower case.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from mocparse.nlp.morph import morph, parses

_TITLE = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CAPS = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
_LATIN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_WORD = rf"(?:{_TITLE}|{_CAPS})"
_AFTER = re.compile(
    rf"(?<![\w.-])(?P<surname>{_WORD})[ \u00a0]*(?P<i1>[А-ЯЁ])\.[ \u00a0]?(?:(?P<i2>[А-ЯЁ])(?:\.|(?![\w])))?"
)
_BEFORE = re.compile(
    rf"(?<![\w.])(?P<i1>[А-ЯЁ])\.[ \u00a0]?(?:(?P<i2>[А-ЯЁ])\.[ \u00a0]?)?(?P<surname>{_WORD})(?![\w-])"
)
_LATIN_AFTER = re.compile(rf"(?<![\w.-])(?P<surname>{_LATIN}) ?(?P<i1>[A-Z])\. ?(?P<i2>[A-Z])\.")
_LATIN_BEFORE = re.compile(rf"(?<![\w.])(?P<i1>[A-Z])\. ?(?P<i2>[A-Z])\. ?(?P<surname>{_LATIN})(?![\w-])")
_CAPITALIZED = re.compile(rf"(?<![\w-]){_WORD}(?![\w-])")
_PATRONYMIC = re.compile(r"[а-яё]{2,}(?:ович|евич|ич)(?:а|у|ем|е)?|[а-яё]{2,}(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)")
_SURNAME_ENDING = re.compile(
    r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых|ыми|ы)?$"
    r"|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их)$"
    r"|(?:енко|ко|ук|юк|чук|дзе|швили|ян|янц|ых|их)$"
)
_NOT_SURNAMES = frozenset(
    {
        # acronyms and words that stand before initials or names in reports
        "моц", "рмц", "цдт", "ддт", "рф", "до", "дод", "пф", "нок", "сош", "оош", "мо", "мбоу", "мбудо", "мку",
        "гбу", "гау", "ано", "ооо", "ип", "рцро", "ипк", "цмит", "цор", "ито", "гто", "рдш", "юнармия", "тел",
        "факс", "г", "гг", "ул", "д", "т", "см", "стр", "рис", "табл", "прил", "п", "пп", "ст", "ч", "им",
    }
)  # fmt: skip
_STOP_TITLES = frozenset(
    {
        "отчет", "отчёт", "приказ", "план", "анализ", "справка", "директор", "руководитель", "методист",
        "педагог", "эксперт", "специалист", "заместитель", "начальник", "исполнитель", "ответственный",
        "подпись", "согласовано", "утверждаю", "утверждено", "глава", "председатель", "секретарь",
    }
)  # fmt: skip
"""Capitalized words of a report's own vocabulary that are never a surname here (signature lines)."""


class Spans:
    """Non-overlapping half-open spans kept in order: whether a new one is free is two look-ups."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no span kept."""
        index = bisect.bisect_right(self._starts, start)
        if index and self._ends[index - 1] > start:
            return False
        return index == len(self._starts) or self._starts[index] >= end

    def add(self, start: int, end: int) -> None:
        """Keep ``[start, end)`` (the caller checked :meth:`free`)."""
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


@dataclass(frozen=True, slots=True)
class FoundName:
    """A name in a text: ``[start, end)``, its surname as written (None for ``Имя Отчество``),
    the initials it shows (``ЕВ``), and its sex when the form tells (True: female)."""

    start: int
    end: int
    surname: str | None
    initials: str
    female: bool | None = None
    first_name: str | None = None
    patronymic: str | None = None
    sure: bool = True
    """Whether the surname is surely one (initials, or a surname-like word): only then is it replaced
    wherever else it stands (``Ключи Ольга Петровна`` may be a village and a person)."""


def is_first_name(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` as a first name (any of its parses, a fair share)."""
    return any("Name" in parse.tag and parse.score >= 0.05 for parse in parses(word.capitalize()))


def is_patronymic(word: str) -> bool:
    """Whether ``word`` has the form of a patronymic (Викторовна, Ивановичем, ИЛЬИНИЧНОЙ)."""
    return _PATRONYMIC.fullmatch(word.lower()) is not None


def surname_like(word: str) -> bool:
    """Whether ``word`` may be a surname: pymorphy3 has a surname reading for it, or it is no
    dictionary word and ends like a Russian surname (``-киной``, ``-енко``)."""
    folded = word.lower().replace("ё", "е")
    if folded in _NOT_SURNAMES or folded in _STOP_TITLES or len(folded) < 2:
        return False
    parts = folded.split("-")
    if any(any("Surn" in parse.tag and parse.score >= 0.05 for parse in parses(part.capitalize())) for part in parts):
        return True
    return any(_SURNAME_ENDING.search(part) is not None and not morph().word_is_known(part) for part in parts)


def _female(surname: str | None, *words: str) -> bool | None:
    for word in words:
        folded = word.lower()
        if _PATRONYMIC.fullmatch(folded):
            return "вн" in folded or "чн" in folded
    if surname:
        folded = surname.lower()
        if folded.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "овой", "евой", "иной", "ской")):
            return True
    return None


def _acronym(word: str) -> bool:
    folded = word.lower()
    if folded in _NOT_SURNAMES:
        return True
    vowels = sum(1 for char in folded if char in "аеёиоуыэюяaeiouy")
    return word.isupper() and (len(word) <= 2 or vowels == 0 or (len(word) <= 4 and vowels == 1))


def _initials_names(text: str) -> list[FoundName]:
    candidates: list[tuple[float, FoundName]] = []
    for pattern in (_AFTER, _BEFORE, _LATIN_AFTER, _LATIN_BEFORE):
        for match in pattern.finditer(text):
            surname = match.group("surname")
            if _acronym(surname) or surname.lower() in _STOP_TITLES:
                continue
            if pattern is _AFTER and match.group("i2") is None and not surname_like(surname):
                continue  # "Отчет Н." is no name; "Петрова Е." is
            initials = match.group("i1") + (match.group("i2") or "")
            score = 1.0 + surname_like(surname) + (pattern is _AFTER) * 0.1
            candidates.append((score, FoundName(match.start(), match.end(), surname, initials, _female(surname))))
    chosen: list[FoundName] = []
    kept = Spans()
    for _, name in sorted(candidates, key=lambda item: (-item[0], item[1].start)):
        if kept.free(name.start, name.end):
            kept.add(name.start, name.end)
            chosen.append(name)
    return chosen


def _word_names(text: str, taken: list[FoundName], *, in_path: bool) -> list[FoundName]:
    """Full names, first name + patronymic, first name + surname; in paths, single surname-like words."""
    kept = Spans()
    for name in taken:
        kept.add(name.start, name.end)
    words = [match for match in _CAPITALIZED.finditer(text) if kept.free(match.start(), match.end())]
    found: list[FoundName] = []
    used: set[int] = set()

    def adjacent(left: re.Match[str], right: re.Match[str]) -> bool:
        gap = text[left.end() : right.start()]
        return 0 < len(gap) <= 2 and not gap.strip(" \u00a0")

    def add(indices: list[int], surname: str | None, first: str | None, patronymic: str | None) -> None:
        initials = "".join(word[0].upper() for word in (first, patronymic) if word)
        start, end = words[indices[0]].start(), words[indices[-1]].end()
        female = _female(surname, *(word for word in (patronymic,) if word))
        sure = surname is None or surname_like(surname)
        found.append(FoundName(start, end, surname, initials, female, first, patronymic, sure))
        used.update(indices)

    for index, match in enumerate(words):
        if index in used:
            continue
        word = match.group()
        following = [words[other] for other in range(index + 1, min(index + 3, len(words))) if other not in used]
        chain = [match]
        for other in following:
            if adjacent(chain[-1], other):
                chain.append(other)
            else:
                break
        texts = [item.group() for item in chain]
        positions = [index + offset for offset in range(len(chain))]
        full = len(chain) >= 3 and is_patronymic(texts[2]) and not is_patronymic(texts[1])
        if full and texts[0].lower() not in _STOP_TITLES and not _acronym(texts[0]):
            add(positions[:3], texts[0], texts[1], texts[2])  # Фамилия Имя Отчество
            continue
        if len(chain) >= 2 and is_patronymic(texts[1]) and texts[0].lower() not in _STOP_TITLES:
            if len(chain) >= 3 and surname_like(texts[2]) and not is_patronymic(texts[2]):
                add(positions[:3], texts[2], texts[0], texts[1])  # Имя Отчество Фамилия
            else:
                add(positions[:2], None, texts[0], texts[1])  # Имя Отчество
            continue
        if len(chain) >= 2:
            if is_first_name(texts[0]) and surname_like(texts[1]) and texts[1].lower() not in _STOP_TITLES:
                add(positions[:2], texts[1], texts[0], None)  # Имя Фамилия
                continue
            if surname_like(texts[0]) and is_first_name(texts[1]) and texts[0].lower() not in _STOP_TITLES:
                add(positions[:2], texts[0], texts[1], None)  # Фамилия Имя
                continue
        if in_path and surname_like(word) and not is_first_name(word):
            add([index], word, None, None)
    return found


def find_names(text: str, *, in_path: bool = False) -> list[FoundName]:
    """Every name the net finds in ``text``, in order, not overlapping. ``in_path``: ``text`` is a file
    path, whose ``_`` separate words and whose single surname-like words count as names."""
    if not text or not any("А" <= char <= "я" or char in "ЁёABCDEFGHIJKLMNOPQRSTUVWXYZ" for char in text):
        return []
    spaced = text.replace("_", " ")
    names = _initials_names(spaced)
    names += _word_names(spaced, names, in_path=in_path)
    return sorted(names, key=lambda name: name.start)
