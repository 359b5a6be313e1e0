"""Organizations named by their legal form or institution type.

Three written forms (vocabulary in ``rules/document.yaml``):

* a legal-form abbreviation, with the institution types, number, place and name after it:
  ``МБУ ДО «ЦДТ «Радуга»``, ``МАОУ СОШ № 14``, ``МБОУ СОШ № 12 ст. Береговой``, ``МАОУДО Энский
  ЦДТ``; an abbreviation shaped like a legal form (``КОГОБУ``, ``МБУК``) counts before a name in quotes;
* a legal form written out, in any case, before a name in quotes: ``муниципального бюджетного
  учреждения дополнительного образования «Центр детского творчества «Исток»``;
* an institution type before a name in quotes: ``ЦДТ «Исток»``.

A name in quotes may hold another one, and the inner closing quote often stands for both
(``«ЦДТ «Радуга»``). A place after the name belongs to it (``«Центр внешкольной работы» р.п.
Ключевой``), and so does a municipality in the genitive (``МБУ ДО «ЦДТ» Энского района``). One
item per distinct written name, the first mention as evidence.
"""

from __future__ import annotations

import re
from functools import cache

from mocparse.document import Block, BlockKind
from mocparse.extract.base import ExtractionContext
from mocparse.nlp import AnnotatedDocument
from mocparse.nlp.morph import parses
from mocparse.records import Organization
from mocparse.rules import DocumentRules, Rules

_WORD = re.compile(r"[А-Яа-яЁё]+")


@cache
def _abbreviated(
    forms: tuple[str, ...], endings: tuple[str, ...], types: tuple[str, ...], places: tuple[str, ...]
) -> re.Pattern[str]:
    form = "|".join(re.escape(item) for item in sorted(forms, key=len, reverse=True))
    ending = "|".join(re.escape(item) for item in sorted(endings, key=len, reverse=True))
    shape = rf"[А-ЯЁ]{{2,6}}(?:{ending})"  # an abbreviation shaped like a legal form: КОГОБУ, МБУК
    kind = "|".join(re.escape(item) for item in sorted(types, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<form>(?:{form})(?![\w-])|{shape}(?=\s*«))"
        rf"(?P<types>(?:\s+(?:{kind})(?![\w-]))*)"
        r"(?P<person>\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)?"
        rf"(?P<adjective>\s+[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|ого|ой)\s+(?:{kind}))?"
        rf"(?P<number>\s*(?:№|N)\s?\d+)?"
        rf"(?P<place>{_place_pattern(places, words=1)})?"
        r"(?P<quote>\s*(?=«))?"
    )


@cache
def _typed(types: tuple[str, ...]) -> re.Pattern[str]:
    kind = "|".join(re.escape(item) for item in sorted(types, key=len, reverse=True) if item.isupper())
    return re.compile(rf"(?<![\w-])(?:{kind})(?=\s*«)")


def _place_pattern(places: tuple[str, ...], words: int = 2) -> str:
    """A settlement after a name: ``р.п. Ключевой``, ``г. Красный Ключ``, ``пгт Заречье``."""
    marks = "|".join(re.escape(item) if item.endswith(".") else re.escape(item) + r"\.?" for item in places)
    word = r"[А-ЯЁ][а-яё]+(?:-[а-яё]+)*(?:-[А-ЯЁ][а-яё]+)?"
    return rf"\s+(?:{marks})\s?{word}(?:\s+{word})" + ("?" if words == 2 else "{0}")


def _quote_end(text: str, start: int) -> int | None:
    """Where the name in quotes starting at ``start`` ends: at its closing quote, or at the inner
    closing quote that stands for both (``«ЦДТ «Радуга» провёл …``)."""
    depth = 0
    for index in range(start, min(len(text), start + 200)):
        char = text[index]
        if char == "«":
            depth += 1
        elif char == "»":
            depth -= 1
            if depth <= 1 and (depth == 0 or text[index + 1 : index + 2] != "»"):
                return index + 1
        elif char == ";" or text[index : index + 2] == "\n\n":
            break
    return None


@cache
def _municipality_after(types: tuple[str, ...]) -> re.Pattern[str]:
    """A municipality in the genitive after a name: ``«ЦДТ» Энского района``, ``… Энского
    муниципального округа`` (the types of rules/document.yaml ``municipality_types``)."""
    genitive = []
    for phrase in types:
        words = []
        for word in phrase.split():
            found = [parse for parse in parses(word) if "nomn" in parse.tag] or list(parses(word))
            inflected = found[0].inflect({"gent"}) if found else None
            words.append(inflected.word if inflected is not None else word)
        genitive.append(r"\s+".join(re.escape(word) for word in words))
    kinds = "|".join(sorted(genitive, key=len, reverse=True))
    return re.compile(rf"\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:ого|его)\s+(?:{kinds})\b")


def _place_after(text: str, position: int, places: tuple[str, ...], municipalities: tuple[str, ...] = ()) -> int:
    if municipalities and (owned := _municipality_after(municipalities).match(text, position)):
        return owned.end()
    match = re.compile(_place_pattern(places)).match(text, position)
    if match is None:
        return position
    words = match.group().split()
    if len(words) > 2 and any("Name" in parse.tag or "Surn" in parse.tag for parse in parses(words[-1].lower())[:1]):
        return match.start() + match.group().rfind(words[-1]) - 1  # "с. Ключи Ольга …": the name is a person's
    return match.end()


def _spelled_forms(text: str, rules: DocumentRules) -> list[tuple[int, int]]:
    """Legal forms written out (``муниципальное бюджетное учреждение дополнительного образования``)
    followed by a name in quotes: (start, end of the form) pairs."""
    words = [(match.start(), match.end(), match.group().lower()) for match in _WORD.finditer(text)]
    form_words = _lemmas(tuple(rules.organization_form_words))
    owners = _lemmas(tuple(rules.organization_owners))
    heads = _lemmas(tuple(rules.organization_heads))
    tails = sorted((tail.lower().split() for tail in rules.organization_form_tails), key=len, reverse=True)
    found = []
    index = 0
    while index < len(words):
        start = index
        if _lemma(words[index][2]) not in owners:  # "муниципальное …", "автономная некоммерческая …"
            index += 1
            continue
        while index < len(words) and _lemma(words[index][2]) in form_words | owners:
            index += 1
        if index == start or index >= len(words) or _lemma(words[index][2]) not in heads:
            index = start + 1
            continue
        end = words[index][1]
        index += 1
        for tail in tails:
            if [word for _, _, word in words[index : index + len(tail)]] == tail:
                end = words[index + len(tail) - 1][1]
                index += len(tail)
                break
        if text[end:].lstrip().startswith("«"):
            found.append((words[start][0], end))
    return found


@cache
def _lemmas(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_lemma(word.lower()) for word in words)


def _lemma(word: str) -> str:
    found = parses(word.replace("ё", "е"))
    return found[0].normal_form.replace("ё", "е") if found else word


def find_organizations(text: str, rules: Rules) -> list[tuple[int, int]]:
    """(start, end) of every organization name in a text, in order, none inside another."""
    document = rules.document
    places = tuple(rules.language.place_abbreviations)
    municipalities = tuple(document.municipality_types)
    spans: list[tuple[int, int]] = []
    pattern = _abbreviated(
        tuple(document.organization_forms),
        tuple(document.organization_form_endings),
        tuple(document.institution_types),
        places,
    )
    for match in pattern.finditer(text):
        end = match.end()
        if match.group("quote") is not None:
            quote_start = text.index("«", end - 1 if text[end - 1] == "«" else end)
            closed = _quote_end(text, quote_start)
            end = closed if closed is not None else end
            end = _place_after(text, end, places, municipalities) if closed is not None else end
        if match.group("place") and match.group("quote") is None:
            end = _place_after(text, match.start("place"), places)
        suffixes = {word.lower() for word in document.form_suffixes}
        types = [word for word in match.group("types").split() if word.lower() not in suffixes]
        named = types or match.group("adjective") or match.group("number") or match.group("person")
        named = named or (match.group("quote") is not None and end > match.end())
        if not named or end <= match.start():
            continue
        spans.append((match.start(), end))
    if "«" not in text:  # the other forms need a name in quotes
        return _outermost(spans)
    for start, form_end in _spelled_forms(text, document):
        quote_start = text.index("«", form_end)
        closed = _quote_end(text, quote_start)
        if closed is not None:
            spans.append((start, _place_after(text, closed, places, municipalities)))
    for match in _typed(tuple(document.institution_types)).finditer(text):
        closed = _quote_end(text, text.index("«", match.end()))
        if closed is not None:
            spans.append((match.start(), _place_after(text, closed, places, municipalities)))
    return _outermost(spans)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans none of which lies inside or across an earlier, longer one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return kept


def _continuation(annotated: AnnotatedDocument, block: Block) -> str:
    """The first line of the next block, when this block leaves a name in quotes open
    (``Директор МАУДО «Дворец творчества`` / ``детей и молодежи»``)."""
    body = annotated.text[block.body_start : block.stop]
    blocks = annotated.document.blocks
    if body.count("«") <= body.count("»") or block.index + 1 >= len(blocks):
        return ""
    following = blocks[block.index + 1]
    if following.kind is BlockKind.TABLE:
        return ""
    return " " + annotated.text[following.body_start : following.stop].split("\n", 1)[0][:120]


def extract(annotated: AnnotatedDocument, context: ExtractionContext) -> list[Organization]:
    """Organizations with a legal form or an institution type, one entry per distinct written name.
    Text blocks are read whole, so a name broken over lines is one name."""
    seen: set[str] = set()
    found: list[Organization] = []
    text = annotated.text
    for block in annotated.document.blocks:
        segments = annotated.block_segments(block)
        if block.kind is BlockKind.TABLE:
            pieces = [(segment.start, segment.text, len(segment.text)) for segment in segments]
        else:
            body = text[block.body_start : block.stop]
            pieces = [(block.body_start, body + _continuation(annotated, block), len(body))]
        for offset, piece, limit in pieces:
            for start, end in find_organizations(piece, context.rules):
                if start >= limit:
                    continue  # a name of the next block, read there
                name = " ".join(piece[start:end].split()).rstrip(" ,;")
                if name.endswith(".") and not re.search(r"(?<![А-Яа-яЁё])[А-ЯЁ]\.$|\b[а-яё]{1,3}\.$", name):
                    name = name[:-1]  # the sentence's full stop, not an initial's or an abbreviation's
                if name in seen:
                    continue
                seen.add(name)
                segment = next(
                    (item for item in segments if item.start <= offset + start < item.stop),
                    segments[0] if segments else None,
                )
                if segment is None:
                    continue
                local = offset + start - segment.start
                span = (local, local + end - start)
                found.append(
                    Organization(
                        name=name,
                        evidence=segment.evidence(span=span, phrase=span),
                        rule="organizations.legal_form",
                        confidence=0.8,
                    )
                )
    return found
