"""Reviewer names as people read them: NFKC, no invisible or direction-changing characters, look-alikes flagged.

A name that differs from another only by an invisible character, a right-to-left override or a Cyrillic
letter that looks Latin lets one person pass as another on a sign-off page. Names are normalised with
NFKC and checked by the one text rule of every name in the app (``domain/text.py``: zero-width and bidi
control characters refused, the zero-width non-joiner and joiner only between two letters of a joining
script, where Persian and Pashto spelling needs them; a word that mixes Latin with Cyrillic or Greek
letters refused as a look-alike), and ``skeleton`` maps the common look-alike letters to
Latin so two names that read the same compare equal.
"""

from __future__ import annotations

import unicodedata

from parole_desktop.domain import text as text_rule
from parole_desktop.errors import UserError
from parole_desktop.l10n import _

_INVISIBLE = set(text_rule.INVISIBLE_NAMES)
_BIDI = text_rule.BIDI_CONTROLS

# Letters that read as Latin letters in most fonts (Cyrillic, Greek, a few symbols) -> the Latin letter.
_CONFUSABLE = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ԁ": "d",
        "һ": "h",
        "ԛ": "q",
        "ԝ": "w",
        "ɡ": "g",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ϲ": "c",
        "ℓ": "l",
        "ı": "i",
        "0": "o",
        "1": "l",
        "|": "l",
    }
)


def normalise_name(name: str) -> str:
    """The name by the one text rule for names (``domain/text``, kind NAME: NFKC, no control, invisible or
    text-direction characters, ZWNJ/ZWJ only between joining letters, one alphabet per word) with runs of
    spaces collapsed; UserError naming the first refused character and its position."""
    text = " ".join(unicodedata.normalize("NFKC", name).split())
    if not text:
        raise UserError(_("Enter the reviewer's name."))
    cleaned, why = text_rule.clean(text, text_rule.Kind.NAME)
    if why:
        raise UserError(_("The reviewer's name is refused: {why}.").format(why=why))
    return cleaned


def skeleton(name: str) -> str:
    """What a name looks like: NFKC, case-folded, accents kept, look-alike letters mapped to Latin."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(ch for ch in text if ch not in _INVISIBLE and ch not in _BIDI)
    text = text.translate(_CONFUSABLE)
    return " ".join(text.replace(".", " ").replace(",", " ").split())


def looks_like(name: str, others: list[str]) -> str:
    """The first of ``others`` that reads the same as ``name`` (case, spacing, look-alike letters); else ''."""
    sk = skeleton(name)
    for other in others:
        if skeleton(other) == sk:
            return other
    return ""


def short_fingerprint(hex_digest: str) -> str:
    """The first 128 bits of a SHA-256 fingerprint in groups of four, for reading aloud or comparing."""
    h = hex_digest.upper()[:32]
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))
