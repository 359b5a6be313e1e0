"""Split a Document into segments (sentences of text blocks, cells of tables) with tokens.

A :class:`Segment` is the unit extractors read and the unit of evidence: a sentence or a
table cell, with its offset in the canonical text, its block, and spaCy tokens whose
``lemma_`` comes from pymorphy3.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from mocparse.document import Block, BlockKind, Cell, Document
from mocparse.nlp.morph import lemma
from mocparse.records import CellRef, Evidence, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from mocparse.rules import Rules


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without ``spacy.cli``: its ``__init__`` imports the command line (typer, weasel,
    requests …), a quarter of its import time, for ``spacy.info`` only. A stand-in serves that one
    import and is removed afterwards, so ``import spacy.cli`` still gives the real package."""
    import sys
    import types

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")

    def unavailable(*args: object, **kwargs: object) -> None:
        raise RuntimeError("import spacy.cli to use spacy.info")

    info.info = unavailable  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy  # noqa: F401
    finally:
        for name in ("spacy.cli", "spacy.cli.info"):
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]


@cache
def blank_russian() -> Language:
    """The process-wide blank spaCy ``ru`` pipeline (tokenizer only; lemmas come from pymorphy3)."""
    import sys

    if "spacy" not in sys.modules:
        _import_spacy_without_its_cli()
    import spacy

    nlp = spacy.blank("ru")
    # spaCy's emoticon exceptions keep "):", ":(" or "8)" whole; in reports they are a bracket, a colon, a number
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = {text: rule for text, rule in tokenizer.rules.items() if any(c.isalpha() for c in text)}
    return nlp


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")


MAX_STRINGS = 300_000
"""Strings the tokenizer may keep before the pipeline is made anew (about 40 MB)."""


def renew_when_large(limit: int = MAX_STRINGS) -> bool:
    """Drop the pipeline (and the strings of every word it met) once it keeps more than ``limit``
    strings; the next call of :func:`blank_russian` makes a new one. True when it was dropped."""
    if len(blank_russian().vocab.strings) <= limit:
        return False
    blank_russian.cache_clear()
    _WORD_CACHE.clear()
    return True


_WORD_CACHE: dict[int, dict[int, tuple[str, str, int]]] = {}
"""Per look-alike table id: ORTH hash -> (lemma, lower-case form, lemma hash), for the current pipeline."""


def make_doc(text: str, lookalikes: dict[int, str] | None = None) -> Doc:
    """Tokenize ``text`` and set every token's lemma from pymorphy3 (cached per word form). With
    ``lookalikes`` (a ``str.translate`` table), a word mixing Latin and Cyrillic letters is
    lemmatized with its Latin look-alikes read as Cyrillic ("прoграмм" with a Latin "o").

    Tokens are read and lemmas written as arrays of string hashes: making a Token object per word
    costs more than the lookup done with it."""
    import numpy

    nlp = blank_russian()  # first: it imports spaCy without its command line
    from spacy.attrs import LEMMA, ORTH

    doc = nlp.make_doc(text)
    strings = nlp.vocab.strings
    cache = _WORD_CACHE.setdefault(id(lookalikes) if lookalikes is not None else 0, {})

    def learn(orth: int) -> tuple[str, str, int]:
        word = strings[orth]
        lowered = word.lower()
        if lookalikes is not None and _LATIN.search(word) and _CYRILLIC.search(word):
            word = word.translate(lookalikes)
        token_lemma = lemma(word)
        known = cache[orth] = (token_lemma, lowered, strings.add(token_lemma))
        return known

    words = [cache.get(orth) or learn(orth) for orth in doc.to_array(ORTH).tolist()]
    if words:
        lemma_hashes = numpy.array([word[2] for word in words], dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], lemma_hashes)  # type: ignore[arg-type]
    doc.user_data["lemmas"] = [word[0] for word in words]
    doc.user_data["lowers"] = [word[1] for word in words]
    return doc


def token_lists(doc: Doc) -> tuple[list[str], list[str]]:
    """The lemmas and lower-case forms of a Doc's tokens as plain lists (kept by :func:`make_doc`;
    iterating a Doc makes a Token object per word, which costs more than the work done with it)."""
    lemmas = doc.user_data.get("lemmas")
    lowers = doc.user_data.get("lowers")
    if lemmas is None or lowers is None:
        lemmas = doc.user_data["lemmas"] = [token.lemma_ for token in doc]
        lowers = doc.user_data["lowers"] = [token.lower_ for token in doc]
    return lemmas, lowers


@dataclass(slots=True)
class Segment:
    """A sentence of a text block or a table cell, with tokens."""

    text: str
    start: int
    block: Block
    doc: Doc
    cell: Cell | None = None
    row_index: int | None = None
    section: str = ""
    """The heading the segment's block stands under ("Выполнение показателей: план / факт"), if any."""
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    """What extractors computed about this segment and share (its numbers, its cue matches)."""

    @property
    def stop(self) -> int:
        """End offset (exclusive) in the canonical text."""
        return self.start + len(self.text)

    def evidence(self, span: tuple[int, int] | None = None, phrase: tuple[int, int] | None = None) -> Evidence:
        """This segment as evidence of a fact; ``span`` (the value as written) and ``phrase`` (the
        words it was read from) are local character offsets in the segment."""
        return Evidence(
            text=self.text,
            start=self.start,
            end=self.stop,
            block=self.block.index,
            page=self._page(),
            cell=CellRef(row=self.row_index, col=self.cell.col)
            if self.cell is not None and self.row_index is not None
            else None,
            span=self.text_span(*span) if span is not None else None,
            phrase=self.text_span(*phrase) if phrase is not None else None,
        )

    def text_span(self, start: int, stop: int) -> TextSpan:
        """Local offsets ``[start, stop)`` as a span of the canonical text (clipped to the segment)."""
        start, stop = max(0, start), min(len(self.text), stop)
        return TextSpan(start=self.start + start, end=self.start + stop, text=self.text[start:stop])

    def _page(self) -> int | None:
        if self.block.table is not None and self.row_index is not None:
            row_page = self.block.table.rows[self.row_index].page
            if row_page is not None:
                return row_page
        return self.block.page

    def char_span(self, start: int, stop: int) -> Span | None:
        """Tokens covering local character offsets [start, stop) (expanded to whole tokens)."""
        return self.doc.char_span(start, stop, alignment_mode="expand")

    def token_at(self, offset: int) -> Token | None:
        """The token that contains local character ``offset``."""
        for token in self.doc:
            if token.idx <= offset < token.idx + len(token.text):
                return token
        return None


@dataclass
class AnnotatedDocument:
    """A Document with its segments, ready for extractors."""

    document: Document
    segments: list[Segment]
    by_block: dict[int, list[Segment]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for segment in self.segments:
            self.by_block.setdefault(segment.block.index, []).append(segment)

    @property
    def text(self) -> str:
        """The canonical text."""
        return self.document.text

    def block_segments(self, block: Block) -> list[Segment]:
        """Segments of one block, in order."""
        return self.by_block.get(block.index, [])

    def text_segments(self) -> Iterator[Segment]:
        """Segments of non-table blocks."""
        return (segment for segment in self.segments if segment.cell is None)

    def cell_segments(self) -> Iterator[Segment]:
        """Segments that are table cells."""
        return (segment for segment in self.segments if segment.cell is not None)


@cache
def _abbreviation_end(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence piece ending with one of ``abbreviations`` and a dot (it goes on after it)."""
    words = "|".join(re.escape(word) for word in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(])(?:{words})\.$", re.IGNORECASE)


def split_sentences(
    text: str, abbreviations: tuple[str, ...] = (), measure_ends: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Sentence spans of a block text (razdel), re-joined where razdel broke after an abbreviation
    (``рук.``, ``сент.``: rules/language.yaml) or inside brackets, and cut after a year ("2024 г.") or a
    unit's abbreviation after a number (``measure_ends``: "на 3,4 п.п.", "10,9 млн руб.") that a
    capitalized word follows."""
    from razdel import sentenize

    abbreviation_end = _abbreviation_end(abbreviations) if abbreviations else None
    sentence_cut = _sentence_cut(measure_ends)

    spans: list[tuple[int, int]] = []
    for line_start, line in _lines(text):
        body = line.rstrip()
        if _SENTENCE_END.search(body, 0, len(body) - 1) is None:  # one sentence at most: razdel is not needed
            lead = len(line) - len(line.lstrip())
            spans.append((line_start + lead, line_start + len(body)))
            continue
        line_spans: list[tuple[int, int]] = []
        for sentence in sentenize(line):
            start, stop = line_start + sentence.start, line_start + sentence.stop
            if line_spans and _continues_sentence(text[line_spans[-1][0] : line_spans[-1][1]], abbreviation_end):
                line_spans[-1] = (line_spans[-1][0], stop)
            else:
                line_spans.append((start, stop))
        spans.extend(
            piece for start, stop in line_spans for piece in _after_final_abbreviation(text, start, stop, sentence_cut)
        )
    return spans


_YEAR_THEN_SENTENCE = r"(?<![\d.])(?:\d{1,2}\.\d{1,2}\.)?\d{4}\s?гг?\."
"""A year written "2024 г." before a capitalized word: razdel reads the "г." as an abbreviation that
goes on ("с 3 по 28 июня 2024 г. Процедуру оценки прошли …"), but after a year it is a sentence's end."""


@cache
def _sentence_cut(measure_ends: tuple[str, ...]) -> re.Pattern[str]:
    """A year's or a unit's abbreviation after a number, before a capitalized word."""
    ends = [_YEAR_THEN_SENTENCE]
    if measure_ends:
        words = "|".join(
            r"\s?".join(re.escape(part) for part in word.split())
            for word in sorted(measure_ends, key=len, reverse=True)
        )
        ends.append(rf"\d\s?(?:{words})\.")
    return re.compile(rf"(?:{'|'.join(ends)})(?=\s+[А-ЯЁ](?:[а-яё]|\s))")


def _after_final_abbreviation(text: str, start: int, stop: int, cut: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sentence span cut after every "2024 г." or "3,4 п.п." that a capitalized word follows."""
    pieces_: list[tuple[int, int]] = []
    for match in cut.finditer(text, start, stop):
        if text.count("(", start, match.end()) > text.count(")", start, match.end()):
            continue  # inside brackets: "(приказ от 01.02.2024 г. Управления …)"
        pieces_.append((start, match.end()))
        start = match.end()
        while start < stop and text[start].isspace():
            start += 1
    return [*pieces_, (start, stop)]


_SENTENCE_END = re.compile(r"[.!?…;]")
"""Marks after which razdel may end a sentence (";" too: it splits some lists there)."""


def _continues_sentence(previous: str, abbreviation_end: re.Pattern[str] | None) -> bool:
    if previous.count("(") > previous.count(")"):
        return True
    return abbreviation_end is not None and bool(abbreviation_end.search(previous))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def annotate(document: Document, rules: Rules | None = None) -> AnnotatedDocument:
    """Segment and tokenize a Document; ``rules`` give sentence abbreviations and look-alike
    letters (rules/language.yaml; default: the bundled rules)."""
    from mocparse.rules import default_rules

    rules = rules or default_rules()
    lookalikes = rules.lookalike_table
    abbreviations = tuple(rules.language.sentence_abbreviations)
    measure_ends = tuple(rules.language.measure_abbreviations)
    segments: list[Segment] = []
    text = document.text
    section = ""
    for block in document.blocks:
        if block.kind is BlockKind.TABLE and block.table is not None:
            for row_index, row in enumerate(block.table.rows):
                for cell in row.cells:
                    for start, stop in pieces(cell.text):
                        piece = cell.text[start:stop]
                        segments.append(
                            Segment(
                                piece,
                                cell.start + start,
                                block,
                                make_doc(piece, lookalikes),
                                cell=cell,
                                row_index=row_index,
                                section=section,
                            )
                        )
            continue
        body = text[block.body_start : block.stop]
        for sentence_start, sentence_stop in split_sentences(body, abbreviations, measure_ends):
            for start, stop in pieces(body, sentence_start, sentence_stop):
                sentence = body[start:stop]
                segments.append(
                    Segment(sentence, block.body_start + start, block, make_doc(sentence, lookalikes), section=section)
                )
        if block.kind is BlockKind.HEADING:
            section = body.strip()
    return AnnotatedDocument(document, segments)


MAX_SEGMENT_CHARS = 2_000
"""The longest segment: a "sentence" longer than this (a run-on line of a broken file, a list of
lines with no punctuation) is cut at spaces into pieces, so no extractor works on one huge token
sequence (the extractors relate each number to the rest of its sentence). The longest real sentence
of the corpora has about 1,500 characters."""


def pieces(text: str, start: int = 0, stop: int | None = None, limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """``text[start:stop]`` as one span, or cut at whitespace into spans of at most ``limit``
    characters (a hard cut where a stretch has no whitespace); empty for empty text."""
    stop = len(text) if stop is None else stop
    if stop <= start:
        return []
    if stop - start <= limit:
        return [(start, stop)]
    spans: list[tuple[int, int]] = []
    while stop - start > limit:
        cut = max(text.rfind(" ", start, start + limit), text.rfind("\n", start, start + limit))
        if cut <= start:
            cut = start + limit
        spans.append((start, cut))
        start = cut
        while start < stop and text[start].isspace():
            start += 1
    if start < stop:
        spans.append((start, stop))
    return spans
