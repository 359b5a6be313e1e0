"""The NLP layer: models loaded once per process, tokens with lemmas, sentences, segments.

Everything here is created lazily on first use and reused for the life of the process
(:func:`functools.cache`), so a batch worker pays the loading cost once.
"""

from mocparse.nlp.annotate import AnnotatedDocument, Segment, annotate
from mocparse.nlp.morph import lemma, morph, parses

__all__ = ["AnnotatedDocument", "Segment", "annotate", "lemma", "morph", "parses"]
