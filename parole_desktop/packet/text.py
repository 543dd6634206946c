"""Text for the PDF: script detection, bidi order for Arabic-script runs, escaping for Paragraph markup."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

LATIN_FONT = "PDSans"
LATIN_BOLD = "PDSans-Bold"
LATIN_ITALIC = "PDSans-Italic"
ARABIC_FONT = "PDNaskh"
ARABIC_BOLD = "PDNaskh-Bold"

# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B.
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC_CHARS = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _ARABIC_RANGES)
# A run of Arabic-script letters, possibly several words joined by spaces / ZWNJ / ZWJ.
_ARABIC_RUN = re.compile(f"[{_ARABIC_CHARS}](?:[{_ARABIC_CHARS}\u200c\u200d ]*[{_ARABIC_CHARS}])?")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_arabic_char(ch: str) -> bool:
    cp = ord(ch)
    return any(a <= cp <= b for a, b in _ARABIC_RANGES)


def has_arabic(text: str) -> bool:
    return any(is_arabic_char(c) for c in text)


def font_for(text: str, *, bold: bool = False) -> str:
    """The registered font name for a run: Noto Naskh Arabic for Arabic script, else Noto Sans
    (Latin with diacritics, Cyrillic)."""
    if has_arabic(text):
        return ARABIC_BOLD if bold else ARABIC_FONT
    return LATIN_BOLD if bold else LATIN_FONT


def clean(text: str) -> str:
    """Drop control characters that are invalid in PDF text and XML."""
    return _CONTROL.sub("", text or "")


def escape(text: str) -> str:
    """XML-escape user text for a ReportLab Paragraph (no script handling)."""
    return _xml_escape(clean(text), {'"': "&quot;"})


def _visual(text: str) -> str:
    from bidi import get_display

    return str(get_display(text, base_dir="L"))


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for one line of user text: escaped, every Arabic-script run in the Naskh font,
    in the right visual order.

    python-bidi gives the visual order of the line (LTR base: the documents are English). ReportLab
    (``shaping=1``) shapes word by word with HarfBuzz, which lays out each Arabic word right-to-left
    itself: so words keep their visual (bidi) order while the letters of each word are handed back in
    logical order. A hair space separates an Arabic word from touching Latin punctuation, because
    ReportLab 5.1 shapes a multi-font word as one HarfBuzz run (wrong glyphs).
    """
    text = clean(text)
    if not has_arabic(text):
        return escape(text)
    visual = _visual(text)
    face = ARABIC_BOLD if bold else ARABIC_FONT
    out: list[str] = []
    pos = 0
    for m in _ARABIC_RUN.finditer(visual):
        before = visual[pos : m.start()]
        if before and not before[-1].isspace():
            before += "\u200a"
        out.append(escape(before))
        words = [w[::-1] for w in m.group(0).split(" ")]
        out.append(f'<font face="{face}">{escape(" ".join(words))}</font>')
        pos = m.end()
        if pos < len(visual) and not visual[pos].isspace():
            out.append("\u200a")
    out.append(escape(visual[pos:]))
    return "".join(out)


def markup_multiline(text: str) -> str:
    """Like :func:`markup` for a block of text: lines joined with ``<br/>``."""
    return "<br/>".join(markup(line) for line in clean(text).splitlines())


def paragraphs(text: str) -> list[str]:
    """Split a text into paragraphs at blank lines; single newlines are kept as line breaks."""
    blocks = re.split(r"\n\s*\n", clean(text).strip())
    return [markup_multiline(b) for b in blocks if b.strip()]


def short_hash(sha256: str) -> str:
    return sha256[:12] if sha256 else "—"
