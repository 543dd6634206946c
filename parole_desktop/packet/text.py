"""Text for the PDF: script detection, bidi order for Arabic-script runs, escaping for Paragraph markup."""

from __future__ import annotations

import contextvars
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


class ArabicWords:
    """The Arabic-script words of one build, each tagged with a near-black fill colour that encodes its
    index, so that :mod:`parole_desktop.packet.actualtext` can give every drawn word its text as typed
    (``/ActualText``): shaped Arabic glyphs alone do not extract as the typed letters."""

    LIMIT = 512  # 3 bits per colour channel: at most 7/255 away from black

    def __init__(self) -> None:
        self.words: list[str] = []
        self._index: dict[str, int] = {}

    def tag(self, word: str) -> str | None:
        i = self._index.get(word)
        if i is None:
            if len(self.words) >= self.LIMIT:
                return None
            i = self._index[word] = len(self.words)
            self.words.append(word)
        return f"#{i >> 6:02x}{(i >> 3) & 7:02x}{i & 7:02x}"

    @staticmethod
    def index_of(rgb: tuple[float, float, float]) -> int | None:
        vals = [round(c * 255) for c in rgb]
        if any(v > 7 for v in vals) or any(abs(c * 255 - v) > 0.01 for c, v in zip(rgb, vals, strict=True)):
            return None
        return (vals[0] << 6) | (vals[1] << 3) | vals[2]


#: set by the layout for the duration of one build (None elsewhere: plain markup)
ARABIC_WORDS: contextvars.ContextVar[ArabicWords | None] = contextvars.ContextVar(
    "arabic_words", default=None
)


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
        reg = ARABIC_WORDS.get()
        tags = [reg.tag(w) if reg is not None else None for w in words]
        if all(t is None for t in tags):
            out.append(f'<font face="{face}">{escape(" ".join(words))}</font>')
        else:
            out.append(
                " ".join(
                    f'<font face="{face}" color="{t}">{escape(w)}</font>'
                    if t
                    else f'<font face="{face}">{escape(w)}</font>'
                    for w, t in zip(words, tags, strict=True)
                )
            )
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


#: Unicode isolates (LRI, RLI, FSI, PDI): they steer the bidi algorithm and are never drawn
ISOLATES = "\u2066\u2067\u2068\u2069"
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def bidi_levels(text: str, *, rtl: bool) -> list[int]:
    """The resolved embedding level of every character of one paragraph (the Unicode bidi algorithm with
    isolates, python-bidi), base direction right to left when ``rtl``. Odd levels are right to left."""
    from bidi import get_display

    info = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    per_byte = [int(n) for n in _LEVEL.findall(info.split("paragraphs:", 1)[0])]  # one per UTF-8 byte
    levels: list[int] = []
    i = 0
    for ch in text:
        levels.append(per_byte[i] if i < len(per_byte) else (1 if rtl else 0))
        i += len(ch.encode("utf-8"))
    return levels


def visual_line(text: str, levels: list[int]) -> str:
    """One line of a paragraph (its characters and their levels from :func:`bidi_levels`) in display
    order: every run at or above each level reversed, highest level first (rule L2), brackets at a
    right-to-left level mirrored (L4), the isolate controls dropped."""
    chars = [_MIRROR.get(c, c) if lv % 2 else c for c, lv in zip(text, levels, strict=True)]
    lv = list(levels)
    if lv:
        lowest_odd = min((x for x in lv if x % 2), default=max(lv) + 1)
        for level in range(max(lv), lowest_odd - 1, -1):
            i = 0
            while i < len(lv):
                if lv[i] < level:
                    i += 1
                    continue
                j = i
                while j < len(lv) and lv[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
    return "".join(c for c in chars if c not in ISOLATES)


def rtl_markup(visual: str, *, bold: bool = False) -> str:
    """Paragraph markup for one line of a right-to-left paragraph already in display order
    (:func:`visual_line`), for a style whose font is the Naskh one (the client sheet's Dari, Pashto and
    Arabic lines): ReportLab then shapes every word with HarfBuzz and draws the words in the order given.
    The letters of each Arabic-script word are handed back in logical order (HarfBuzz lays them out right
    to left) and tagged for ``/ActualText`` (as :func:`markup`); every other run is put in Noto Sans
    explicitly (the Naskh font has no Latin or Cyrillic letters), a hair space between it and a touching
    Arabic word (ReportLab shapes a word of two fonts as one run: wrong glyphs)."""
    text = clean(visual)
    face = ARABIC_BOLD if bold else ARABIC_FONT
    latin = LATIN_BOLD if bold else LATIN_FONT
    reg = ARABIC_WORDS.get()
    out: list[str] = []
    pos = 0
    for m in _ARABIC_RUN.finditer(text):
        before = text[pos : m.start()]
        if before and not before[-1].isspace():
            before += "\u200a"
        if pos > 0 and before and not before[0].isspace():
            before = "\u200a" + before
        if before:
            out.append(f'<font face="{latin}">{escape(before)}</font>')
        words = [w[::-1] for w in m.group(0).split(" ")]
        tags = [reg.tag(w) if reg is not None else None for w in words]
        out.append(
            " ".join(
                f'<font face="{face}" color="{t}">{escape(w)}</font>'
                if t
                else f'<font face="{face}">{escape(w)}</font>'
                for w, t in zip(words, tags, strict=True)
            )
        )
        pos = m.end()
    if pos < len(text):
        after = text[pos:]
        if pos > 0 and not after[0].isspace():
            after = "\u200a" + after
        out.append(f'<font face="{latin}">{escape(after)}</font>')
    return "".join(out)
