"""Text clean-up shared by every reader: invisible characters, odd spaces, look-alike letters."""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: soft hyphen, zero-width marks, BOM, word joiner.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Every kind of space becomes a plain space (non-breaking, narrow, figure, ideographic...).
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"), " "
)
_LINE_BREAKS = dict.fromkeys(map(ord, "\r\u2028\u2029\x0b\x0c\x85"), "\n")
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, {**_INVISIBLE, **_SPACES, **_LINE_BREAKS}))) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Latin letters that look like Cyrillic ones; replaced only inside words that are
# otherwise Cyrillic (a mixed-script word is a typing or OCR artefact, not data).
_LATIN_TO_CYRILLIC = str.maketrans(
    "AaBCcEeHKMOoPpTXxYy",
    "АаВСсЕеНКМОоРрТХхУу",
)
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_LOOKALIKE_LATIN = set("AaBCcEeHKMOoPpTXxYy")


def fix_mixed_script(word: str) -> str:
    """Replace Latin look-alikes in a word that is otherwise Cyrillic (``пpoграмма``)."""
    if not _CYRILLIC.search(word):
        return word
    latin = set(_LATIN.findall(word))
    if not latin or not latin <= _LOOKALIKE_LATIN:
        return word
    return word.translate(_LATIN_TO_CYRILLIC)


def clean_text(text: str) -> str:
    """NFC-normalize, drop invisible and control characters, unify spaces and line breaks,
    and repair Latin look-alike letters inside Cyrillic words."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n")
    if _TRANSLATED.search(text):  # str.translate with a dict is slow on Cyrillic; most texts need none
        text = text.translate(_INVISIBLE).translate(_SPACES).translate(_LINE_BREAKS)
    text = _CONTROL.sub("", text)
    if _LATIN.search(text) and _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda match: fix_mixed_script(match.group()), text)
    return text
