"""Reviewer names as people read them: NFKC, no invisible or direction-changing characters, look-alikes flagged.

A name that differs from another only by an invisible character, a right-to-left override or a Cyrillic
letter that looks Latin lets one person pass as another on a sign-off page. Names are normalised with
NFKC; zero-width and bidi control characters are refused (the zero-width non-joiner only between two
Arabic-script letters, where Persian and Pashto spelling needs it); a name that mixes Latin with Cyrillic
or Greek letters is refused as a look-alike, and ``skeleton`` maps the common look-alike letters to
Latin so two names that read the same compare equal.
"""

from __future__ import annotations

import unicodedata

from parole_desktop.errors import UserError

ZWNJ = "\u200c"
_INVISIBLE = {
    "\u200b": "zero-width space",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
    "\u180e": "Mongolian vowel separator",
    "\u00ad": "soft hyphen",
    "\u034f": "combining grapheme joiner",
    "\u115f": "Hangul filler",
    "\u3164": "Hangul filler",
}
_BIDI = {chr(c) for c in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}

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


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "ARMENIAN", "GEORGIAN"):
        if name.startswith(script):
            return script
    return ""


def normalise_name(name: str) -> str:
    """The name in NFKC with runs of spaces collapsed; UserError naming the first refused character."""
    text = unicodedata.normalize("NFKC", name)
    text = " ".join(text.split())
    if not text:
        raise UserError("Enter the reviewer's name.")
    for i, ch in enumerate(text):
        if ch in _BIDI:
            raise UserError(
                f"The name contains an invisible text-direction control (U+{ord(ch):04X}); "
                "type the name again without it."
            )
        if ch in _INVISIBLE:
            raise UserError(
                f"The name contains an invisible character ({_INVISIBLE[ch]}, U+{ord(ch):04X}); "
                "type the name again without it."
            )
        if ch == ZWNJ:
            before, after = text[i - 1 : i], text[i + 1 : i + 2]
            if not (before and after and _script(before) == "ARABIC" and _script(after) == "ARABIC"):
                raise UserError(
                    "The name contains a zero-width non-joiner outside Arabic-script letters "
                    "(U+200C); type the name again without it."
                )
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cn") and ch != ZWNJ:
            raise UserError(f"The name contains a control or unassigned character (U+{ord(ch):04X}).")
    for word in text.split():
        scripts = {_script(c) for c in word if c.isalpha()} - {""}
        if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"}:
            raise UserError(
                f"The name mixes Latin letters with Cyrillic or Greek look-alikes in “{word}”; "
                "type it in one alphabet."
            )
    return text


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
