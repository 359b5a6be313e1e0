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


# Characters of the Symbol and Wingdings fonts by their code (0x20-0xFF); Word stores them as
# ``w:sym`` or as private-use characters U+F020-U+F0FF, LibreOffice as the latter.
_SYMBOL = {
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x5E: "⊥", 0x60: "‾",
    0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠",
    0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″",
    0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡",
    0xBB: "≈", 0xBC: "…", 0xC4: "⊗", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩", 0xC8: "∪", 0xCE: "∈",
    0xCF: "∉", 0xD0: "∠", 0xD1: "∇", 0xD2: "®", 0xD3: "©", 0xD4: "™", 0xD5: "∏", 0xD6: "√",
    0xD7: "⋅", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒",
    0xDF: "⇓", 0xE0: "◊", 0xE5: "∑", 0xF2: "∫",
    **{0x41 + i: letter for i, letter in enumerate("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")},
    **{0x61 + i: letter for i, letter in enumerate("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")},
}  # fmt: skip
_WINGDINGS = {
    0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x76: "❖", 0x9F: "•", 0xA7: "▪", 0xA8: "◻",
    0xD8: "➢", 0xE0: "→", 0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
}  # fmt: skip
_BULLET_CODES = frozenset({0xB7, 0xA7, 0x76, 0xD8, 0xFC, 0xA8, 0x6C, 0x6E, 0x71, 0x9F})
_PUA_SYMBOLS = {
    0xF000 + code: ("•" if code in _BULLET_CODES else char)
    for code, char in {**_WINGDINGS, **_SYMBOL}.items()
    if code in _BULLET_CODES or code in _SYMBOL
}
_PUA_SYMBOL = re.compile("[\uf020-\uf0ff]")


def symbol_char(code: int, font: str | None) -> str | None:
    """The Unicode character of ``code`` (0x20-0xFF, or U+F020-U+F0FF) in a Symbol or Wingdings font;
    None when unknown."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    name = (font or "Symbol").lower()
    table = _WINGDINGS if name.startswith(("wingdings", "webdings")) else _SYMBOL
    return table.get(code)


def is_symbol_font(font: str | None) -> bool:
    """True for fonts whose characters are not Unicode text (Symbol, Wingdings, Webdings)."""
    return bool(font) and font.lower().startswith(("symbol", "wingdings", "webdings"))  # type: ignore[union-attr]


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
    if _PUA_SYMBOL.search(text):  # Symbol/Wingdings characters left in the private use area
        text = _PUA_SYMBOL.sub(lambda match: _PUA_SYMBOLS.get(ord(match.group()), ""), text)
    if _LATIN.search(text) and _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda match: fix_mixed_script(match.group()), text)
    return text
