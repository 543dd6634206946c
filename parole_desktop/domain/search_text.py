"""Search normalisation: one folded form for names in Latin, Cyrillic and Arabic script (Dari, Pashto)."""

from __future__ import annotations

import re
import unicodedata

# Arabic letter variants that Persian/Pashto keyboards type differently.
_LETTER_MAP = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
        "\u06d2": "\u06cc",  # YEH BARREE
        "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
        "\u06d5": "\u0647",  # AE -> HEH
        "\u0629": "\u0647",  # TEH MARBUTA -> HEH
        "\u0640": None,  # TATWEEL
        "\u200c": None,  # ZWNJ (handled separately, see normalise)
        "\u200d": None,  # ZWJ
        "\u200e": None,  # LRM
        "\u200f": None,  # RLM
        # Latin letters that do not decompose
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ə": "e",
    }
)
# Digits of Arabic-Indic and Extended Arabic-Indic blocks -> ASCII.
_DIGITS = str.maketrans(
    {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


# The two tables in one (their keys are apart and neither maps to a key of the other): one pass, not two.
_LETTERS_AND_DIGITS = {**_LETTER_MAP, **_DIGITS}


class _NoMarks(dict[int, int | str | None]):
    """A ``str.translate`` table that drops combining marks (Unicode categories Mn, Mc, Me) and maps the
    letter variants of ``_LETTER_MAP`` (none of which is a mark) after decomposition: each code point is
    looked up once per process, then translate runs in C (a Python loop over ``unicodedata.category`` was a
    third of a 100,000-case bulk insert)."""

    def __missing__(self, cp: int) -> int | str | None:
        kept = None if unicodedata.category(chr(cp)).startswith("M") else _LETTER_MAP.get(cp, cp)
        self[cp] = kept
        return kept


_NO_MARKS = _NoMarks()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():  # (ASCII text is its own decomposition, and no table has an ASCII key)
        decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS_AND_DIGITS))
        text = decomposed if decomposed.isascii() else decomposed.translate(_NO_MARKS)
    return " ".join(_NON_WORD.sub(" ", text.replace("_", " ")).split())


def normalise(text: str) -> str:
    """Casefolded, diacritics and harakat removed, Arabic/Persian letter variants unified.

    A zero-width non-joiner inside a Persian name both joins and splits words in practice, so the
    result holds the joined form and, when different, the split form too.
    """
    if not text:
        return ""
    joined = _fold(text)
    if "\u200c" not in text:
        return joined
    split = _fold(text.replace("\u200c", " "))
    return joined if split == joined else f"{joined} {split}"


def query_tokens(text: str) -> list[str]:
    """Normalised tokens of a search query (the same folding as the index)."""
    return normalise(text).split()
