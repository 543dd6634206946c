"""The client sheet (issue #24): a short PDF in the client's language with the documents still needed, what
happens next and how to reach the site. Never the filing: it is made only from the texts it is given
(:class:`ClientSheet`, assembled by ``services.client_sheet``), which hold no case field but the client's
given name.

Right-to-left languages (Dari, Pashto, Arabic) are laid out here, line by line: a paragraph's bidi levels
are resolved once over the whole paragraph (python-bidi, with isolates, so a Latin name inside a Dari
sentence stays where it was typed), the paragraph is broken into lines in logical order by the shaped width
of its words, and each line is reordered for display (``text.visual_line``) and drawn right-aligned; the
Arabic-script words are shaped by HarfBuzz (ReportLab ``shaping=1``) in the Naskh font and get their typed
text back through ``/ActualText`` (``packet.actualtext``). A text shown in English (out of date, not
translated) is drawn left to right, on the left, whatever the sheet's direction.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.fsutil import atomic_path
from parole_desktop.packet.doc import MARGIN, PAGE_H, PAGE_W
from parole_desktop.packet.fonts import make_styles
from parole_desktop.packet.text import (
    ARABIC_BOLD,
    ARABIC_FONT,
    ARABIC_WORDS,
    LATIN_BOLD,
    LATIN_FONT,
    ArabicWords,
    bidi_levels,
    clean,
    markup,
    rtl_markup,
    visual_line,
)

TITLE = "Client sheet"
UNREVIEWED_SIGN = "*"


@dataclass(frozen=True)
class Text:
    """One text of the sheet as shown: ``rtl`` is its own direction (an English fallback is left to right
    on a Dari sheet); ``mark`` is ``""``, ``"unreviewed"``, ``"stale"`` or ``"missing"``."""

    text: str
    rtl: bool = False
    mark: str = ""


@dataclass(frozen=True)
class Item:
    """A document still needed: its title, what it is, and a note when a translation is what is missing."""

    title: Text
    description: Text
    note: Text | None = None


@dataclass(frozen=True)
class ClientSheet:
    """Everything the sheet prints, already in the client's language (or marked English)."""

    lang: str
    rtl: bool
    title: Text
    prepared_for: Text | None
    documents_heading: Text
    items: list[Item]
    nothing_missing: Text | None
    next_heading: Text
    next_steps: list[Text]
    contact_heading: Text | None
    contact: list[str]
    keep: Text
    as_of: Text
    #: mark -> (the mark in the client's language, or "" when that is English too; the English mark)
    marks: dict[str, tuple[Text | None, str]] = field(default_factory=dict)

    def texts(self) -> list[Text]:
        out = [self.title, self.documents_heading, self.next_heading, self.keep, self.as_of, *self.next_steps]
        out += [t for t in (self.prepared_for, self.nothing_missing, self.contact_heading) if t is not None]
        for item in self.items:
            out += [item.title, item.description, *([item.note] if item.note else [])]
        return out


@dataclass
class _Styles:
    body: Any
    small: Any
    h1: Any
    h2: Any

    def aligned(self, style: Any, rtl: bool) -> Any:
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        return ParagraphStyle(
            f"{style.name}-{'r' if rtl else 'l'}", parent=style, alignment=TA_RIGHT if rtl else TA_LEFT
        )


def _styles() -> _Styles:
    base = make_styles()
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("cs-body", parent=base.body, fontSize=11, leading=18, spaceAfter=4)
    return _Styles(
        body=body,
        small=ParagraphStyle("cs-small", parent=body, fontSize=9, leading=14, spaceAfter=6),
        h1=ParagraphStyle("cs-h1", parent=body, fontName=LATIN_BOLD, fontSize=16, leading=26, spaceAfter=8),
        h2=ParagraphStyle(
            "cs-h2", parent=body, fontName=LATIN_BOLD, fontSize=13, leading=22, spaceBefore=10, spaceAfter=4
        ),
    )


class _Widths:
    """Shaped widths of single words per style (a line is as wide as its words plus its spaces)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, bool], float] = {}

    def word(self, word: str, style: Any, bold: bool) -> float:
        key = (word, style.name, bold)
        if key not in self._cache:
            from reportlab.platypus import Paragraph

            p = Paragraph(rtl_markup(visual_line(word, bidi_levels(word, rtl=True)), bold=bold), style)
            p.wrap(10_000, 10_000)
            self._cache[key] = float(max(p.getActualLineWidths0() or [0.0]))
        return self._cache[key]

    def space(self, style: Any) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(" ", style.fontName, style.fontSize))


#: a right-to-left line is filled to this share of the width: ReportLab 5.1 fails to draw a shaped
#: paragraph of more than one line, so a line must never wrap again
_FILL = 0.94


def _rtl_lines(text: str, style: Any, width: float, widths: _Widths, bold: bool) -> list[str]:
    """The paragraph broken into lines that fit ``width``, each in display order: the bidi levels are
    resolved once over the whole paragraph, the lines filled in logical order word by word by shaped
    width, then each line reordered for display (``text.visual_line``)."""
    levels = bidi_levels(text, rtl=True)
    space = widths.space(style)
    spans: list[tuple[int, int]] = []
    start = pos = 0
    used = 0.0
    for word in text.split(" "):
        w = widths.word(word, style, bold) if word else 0.0
        if pos > start and used + space + w > width * _FILL:
            spans.append((start, pos - 1))  # the space before the word ends the line
            start, used = pos, w
        else:
            used += (space if pos > start else 0.0) + w
        pos += len(word) + 1
    spans.append((start, len(text)))
    return [visual_line(text[a:b], levels[a:b]) for a, b in spans if text[a:b].strip()]


def _shaped_line_class() -> Any:
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.textobject import PDFTextObject
    from reportlab.platypus import Paragraph

    class SafeRiseText(PDFTextObject):  # type: ignore[misc]
        """ReportLab 5.1 fails (IndexError in ``setRise``) when the first glyph of a shaped run is raised by
        the shaper (a mark: the hamza of "نامهٔ", the tanwin of "مثلاً"): it looks at the last operator of
        a run that has none yet. Here the rise is then simply set."""

        def setRise(self, rise: float) -> None:
            if self._code:
                super().setRise(rise)
                return
            self._rise = rise
            self._y -= rise
            self._code.append(f"{fp_str(rise)} Ts")

    class ShapedLine(Paragraph):  # type: ignore[misc]
        """One shaped right-to-left line, drawn with :class:`SafeRiseText`."""

        def beginText(self, x: float, y: float) -> Any:
            tx = super().beginText(x, y)
            tx.__class__ = SafeRiseText
            return tx

    return ShapedLine


def _shaped_line(text: str, style: Any) -> Any:
    """A :class:`ShapedLine` (the class is made on first use: ReportLab is imported lazily)."""
    global _SHAPED_LINE
    if _SHAPED_LINE is None:
        _SHAPED_LINE = _shaped_line_class()
    return _SHAPED_LINE(text, style)


_SHAPED_LINE: Any = None


class _Builder:
    def __init__(self, sheet: ClientSheet) -> None:
        self.sheet = sheet
        self.st = _styles()
        self.widths = _Widths()
        self.width = PAGE_W - 2 * MARGIN
        self.story: list[Any] = []

    def para(self, text: str, style: Any, rtl: bool, *, bold: bool = False, indent: float = 0.0) -> None:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        text = clean(text)
        st = self.st.aligned(style, rtl)
        if bold and st.fontName != LATIN_BOLD:
            st = ParagraphStyle(f"{st.name}-b", parent=st, fontName=LATIN_BOLD)
        if indent:
            st = ParagraphStyle(
                f"{st.name}-i", parent=st, **({"rightIndent": indent} if rtl else {"leftIndent": indent})
            )
        if not rtl:
            self.story.append(Paragraph(markup(text, bold=bold), st))
            return
        st = ParagraphStyle(f"{st.name}-n", parent=st, fontName=ARABIC_BOLD if bold else ARABIC_FONT)
        lines = _rtl_lines(text, st, self.width - indent, self.widths, bold)
        for i, line in enumerate(lines):
            one = ParagraphStyle(
                f"{st.name}-{i}",
                parent=st,
                spaceBefore=st.spaceBefore if i == 0 else 0,
                spaceAfter=st.spaceAfter if i == len(lines) - 1 else 0,
            )
            self.story.append(_shaped_line(rtl_markup(line, bold=bold), one))

    def text(self, t: Text, style: Any, *, bold: bool = False, bullet: bool = False) -> None:
        shown = t.text + (f" {UNREVIEWED_SIGN}" if t.mark == "unreviewed" else "")
        if bullet:
            shown = "• " + shown
        self.para(shown, style, t.rtl, bold=bold, indent=0.0)
        if t.mark in ("stale", "missing"):
            self.mark(t.mark, small=True)

    def mark(self, mark: str, *, small: bool, sign: str = "") -> None:
        translated, english = self.sheet.marks[mark]
        self.para(f"{sign}({english})", self.st.small, False)
        if translated is not None:  # no brackets at the edge of a right-to-left line (never mirrored there)
            shown = f"{sign}{translated.text}" if translated.rtl else f"{sign}({translated.text})"
            self.para(shown, self.st.small, translated.rtl)

    def build(self) -> list[Any]:
        s = self.sheet
        self.text(s.title, self.st.h1, bold=True)
        if s.prepared_for is not None:
            self.text(s.prepared_for, self.st.body)
        if any(t.mark == "unreviewed" for t in s.texts()):
            self.mark("unreviewed", small=True, sign=f"{UNREVIEWED_SIGN} ")
        self.text(s.documents_heading, self.st.h2, bold=True)
        if s.nothing_missing is not None:
            self.text(s.nothing_missing, self.st.body)
        for item in s.items:
            self.text(item.title, self.st.body, bold=True, bullet=True)
            self.text(item.description, self.st.small)
            if item.note is not None:
                self.text(item.note, self.st.small)
        self.text(s.next_heading, self.st.h2, bold=True)
        for step in s.next_steps:
            self.text(step, self.st.body, bullet=True)
        if s.contact_heading is not None and s.contact:
            self.text(s.contact_heading, self.st.h2, bold=True)
            for line in s.contact:
                self.para(line, self.st.body, s.rtl)
        self.text(s.keep, self.st.small)
        self.text(s.as_of, self.st.small)
        return self.story


def build_client_sheet(sheet: ClientSheet, dest: Path) -> int:
    """Write the sheet to ``dest`` (atomically); returns its page count."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import Frame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    buf = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(LATIN_FONT, 8)
        canvas.drawCentredString(PAGE_W / 2, 24, f"{doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(
        buf,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=TITLE,
        author="Parole Desktop",
        subject="",
        keywords="",
        lang=sheet.lang.replace("_", "-"),
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="sheet",
                frames=[Frame(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN)],
                onPage=footer,
            )
        ]
    )
    words = ArabicWords()
    words.tag(" ")  # index 0 is black, the colour of every untagged run (the spaces): they read as spaces
    token = ARABIC_WORDS.set(words)
    try:
        doc.build(_Builder(sheet).build())
    finally:
        ARABIC_WORDS.reset(token)
    import pikepdf

    from parole_desktop.packet.actualtext import add_actual_text

    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        add_actual_text(pdf, words)
        pdf.docinfo[pikepdf.Name.Title] = TITLE
        with atomic_path(dest, "write the client sheet") as tmp, open(tmp, "wb") as fh:
            pdf.save(fh)
    return int(doc.page)
