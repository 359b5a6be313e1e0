"""pymorphy3 morphology with per-word caching (word forms repeat a lot in reports)."""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse


@cache
def morph() -> MorphAnalyzer:
    """The process-wide pymorphy3 analyzer, on pymorphy3's own dictionary. The path is given
    explicitly: pymorphy3 would otherwise follow ``PYMORPHY2_DICT_PATH``, which natasha's setup (or any
    pymorphy2 user in the process) points at pymorphy2's older dictionary, and fail with ``struct.error``."""
    import pymorphy3
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def point_pymorphy2_at_its_dictionary() -> None:
    """natasha's MorphVocab uses pymorphy2, whose dictionary lookup imports ``pkg_resources``
    (gone with setuptools >= 81). Giving it the dictionary path directly avoids that import."""
    if os.environ.get("PYMORPHY2_DICT_PATH"):
        return
    try:
        import pymorphy2_dicts_ru
    except ImportError:  # pragma: no cover - natasha pulls it in
        return
    os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All pymorphy3 parses of a word form, most probable first (cached); none for a word
    pymorphy3 cannot analyse (it raises on characters without a Unicode name, e.g. U+17000)."""
    try:
        return tuple(morph().parse(word))
    except ValueError:
        return ()


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    """Lower-case lemma of the most probable parse; abbreviations in capitals keep their form."""
    if len(word) > 1 and word.isupper() and word.isalpha():
        return word
    if "-" in word.strip("-") and not any(char.isdigit() for char in word):
        # "детей-инвалидов": pymorphy3 reads some hyphenated words as one odd stem ("детея-инвалид");
        # each part's own lemma gives "ребёнок-инвалид", as the rule files write it
        return "-".join(lemma(part) for part in word.split("-"))
    found = parses(word)
    return found[0].normal_form if found else word.lower()


def names_people(word: str) -> bool:
    """The word is an animate noun among its two likeliest readings (ребёнок, педагог, обучающийся)."""
    return any(parse.tag.animacy == "anim" for parse in parses(word)[:2])


def substantive_participle(word: str) -> str | None:
    """``обучающихся`` -> ``обучающийся``: an active participle in the plural that stands for a
    noun (people who do something), in the nominative singular; None for other words."""
    for parse in parses(word):
        if (
            parse.tag.POS == "PRTF"
            and "actv" in parse.tag
            and parse.tag.number == "plur"
            and parse.tag.case in {"gent", "nomn"}
        ):
            inflected = parse.inflect({"nomn", "sing", "masc"})
            return inflected.word if inflected is not None else None
    return None


_HYPHENATED = re.compile(r"([А-Яа-яЁё]{2,})-[ \t]*([а-яё]{2,})")


@lru_cache(maxsize=4096)
def join_hyphenation(text: str) -> str:
    """Words broken by a hyphen typed at a line end of a narrow cell glued again ("сертифици-рованные"
    -> "сертифицированные", "Обучаю-щихся" -> "Обучающихся"); compounds keep their hyphen
    ("научно-методический", "туристско-краеведческой")."""
    if "-" not in text:
        return text
    analyzer = morph()

    def glue(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        glued = f"{left}{right}"
        if analyzer.word_is_known(f"{left}-{right}".lower()) or not analyzer.word_is_known(glued.lower()):
            return match.group(0)
        if analyzer.word_is_known(left.lower()) and analyzer.word_is_known(right.lower()):
            return match.group(0)
        return glued

    return _HYPHENATED.sub(glue, text)


def rejoin_broken_word(left: str, right: str) -> str:
    """A word broken at a line end of running text (``join_hyphenation`` decides for narrow cells):
    glued when that makes a known word ("естественно-" / "научной") or the parts are no compound,
    kept with its hyphen when the hyphenated form is known or the first part ends as the first part
    of a compound adjective does ("научно-", "туристско-")."""
    analyzer = morph()
    hyphenated, glued = f"{left}-{right}", f"{left}{right}"
    if analyzer.word_is_known(glued.lower()):
        return glued
    if analyzer.word_is_known(hyphenated.lower()):
        return hyphenated
    if len(left) > 3 and left[-1].lower() in "ое" and analyzer.word_is_known(right.lower()):
        return hyphenated
    return glued


def may_be_genitive(word: str, parts_of_speech: frozenset[str], readings: int | None = None) -> bool:
    """One of the word's readings (the ``readings`` likeliest, or all) is a genitive of one of these
    parts of speech ("направленности", "художественной")."""
    return any(
        parse.tag.case == "gent" and parse.tag.POS in parts_of_speech for parse in parses(word.lower())[:readings]
    )


def has_reading(word: str, case: str | None, part_of_speech: str | None = None) -> bool:
    """Some reading of ``word`` has this case (None: any) and part of speech (None: any)."""
    return any(
        (case is None or parse.tag.case == case) and (part_of_speech is None or part_of_speech == parse.tag.POS)
        for parse in parses(word.lower())
    )


def part_of_speech(word: str) -> str | None:
    """The part of speech of the word's likeliest reading (``NOUN``, ``PREP`` …), None when it has none."""
    found = parses(word.lower())
    return str(found[0].tag.POS) if found and found[0].tag.POS else None
