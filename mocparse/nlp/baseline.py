"""The plain natasha pipeline, kept as the baseline the evaluation and benchmark compare with."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from mocparse.nlp.morph import point_pymorphy2_at_its_dictionary


@cache
def morph_vocab() -> Any:
    """natasha's MorphVocab (pymorphy2), built once per process."""
    point_pymorphy2_at_its_dictionary()
    from natasha import MorphVocab

    return MorphVocab()


@cache
def natasha_extractors() -> tuple[Any, Callable[[str], Iterable[Any]]]:
    """natasha's NamesExtractor and DatesExtractor, built once per process."""
    from natasha import DatesExtractor, NamesExtractor

    vocab = morph_vocab()
    return NamesExtractor(vocab), DatesExtractor(vocab)


@cache
def natasha_ner() -> tuple[Any, Any, Any]:
    """natasha's segmenter, morphology tagger and NER tagger, built once per process."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding)


def natasha_person_spans(text: str) -> list[Any]:
    """PER spans of natasha's standard pipeline (segment, morph, NER, normalize) over a text."""
    from natasha import Doc

    segmenter, morph_tagger, ner_tagger = natasha_ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    spans = [span for span in doc.spans if span.type == "PER"]
    for span in spans:
        span.normalize(morph_vocab())
    return spans
