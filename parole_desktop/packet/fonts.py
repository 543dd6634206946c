"""Bundled Noto fonts registered with ReportLab, and the paragraph styles of the packet."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parole_desktop.packet import text as t
from parole_desktop.paths import resource

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The project's ``resources/`` folder (``paths.resource``)."""
    return resource()


def configure_reportlab() -> None:
    """Global ReportLab switches: no ASCII85 (23x slower builds), HarfBuzz shaping on."""
    import reportlab.rl_config as rl_config

    rl_config.useA85 = 0
    rl_config.shaping = 1


def register_fonts(fonts_dir: Path | None = None) -> None:
    """Register the bundled fonts once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        configure_reportlab()
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        d = fonts_dir or resources_dir() / "fonts"
        for name, fn in (
            (t.LATIN_FONT, "NotoSans-Regular.ttf"),
            (t.LATIN_BOLD, "NotoSans-Bold.ttf"),
            (t.LATIN_ITALIC, "NotoSans-Italic.ttf"),
            (t.ARABIC_FONT, "NotoNaskhArabic-Regular.ttf"),
            (t.ARABIC_BOLD, "NotoNaskhArabic-Bold.ttf"),
        ):
            # Latin/Cyrillic need no shaping; shaping them would put ligature glyphs ("ﬃ") in the text
            # layer, so "officer" could not be searched or copied. Arabic script is shaped.
            pdfmetrics.registerFont(
                TTFont(name, str(d / fn), shapable=name in (t.ARABIC_FONT, t.ARABIC_BOLD))
            )
        addMapping(t.LATIN_FONT, 0, 0, t.LATIN_FONT)
        addMapping(t.LATIN_FONT, 1, 0, t.LATIN_BOLD)
        addMapping(t.LATIN_FONT, 0, 1, t.LATIN_ITALIC)
        addMapping(t.LATIN_FONT, 1, 1, t.LATIN_BOLD)
        addMapping(t.ARABIC_FONT, 0, 0, t.ARABIC_FONT)
        addMapping(t.ARABIC_FONT, 1, 0, t.ARABIC_BOLD)
        addMapping(t.ARABIC_FONT, 0, 1, t.ARABIC_FONT)
        addMapping(t.ARABIC_FONT, 1, 1, t.ARABIC_BOLD)
        _registered = True


@dataclass
class Styles:
    """The paragraph styles every section builder receives."""

    body: Any
    small: Any
    title: Any
    h1: Any
    h2: Any
    label: Any
    banner: Any
    tab_letter: Any
    tab_title: Any
    center: Any
    toc_levels: list[Any]


def make_styles() -> Styles:
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("pd-body", fontName=t.LATIN_FONT, fontSize=10, leading=14, spaceAfter=6, shaping=1)

    def derive(name: str, **kw: Any) -> Any:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=base,
        small=derive("pd-small", fontSize=8, leading=10, spaceAfter=2),
        title=derive("pd-title", fontName=t.LATIN_BOLD, fontSize=16, leading=20, spaceAfter=10),
        h1=derive("pd-h1", fontName=t.LATIN_BOLD, fontSize=14, leading=18, spaceBefore=4, spaceAfter=8),
        h2=derive("pd-h2", fontName=t.LATIN_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4),
        label=derive("pd-label", fontSize=9, leading=12, spaceAfter=0, textColor=colors.HexColor("#333333")),
        banner=derive(
            "pd-banner",
            fontName=t.LATIN_BOLD,
            fontSize=18,
            leading=22,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#b00020"),
            spaceAfter=12,
        ),
        tab_letter=derive(
            "pd-tab-letter", fontName=t.LATIN_BOLD, fontSize=40, leading=48, alignment=TA_CENTER
        ),
        tab_title=derive("pd-tab-title", fontSize=16, leading=24, alignment=TA_CENTER),
        center=derive("pd-center", alignment=TA_CENTER),
        toc_levels=[
            derive("pd-toc0", fontName=t.LATIN_BOLD, fontSize=11, leading=15, leftIndent=0, spaceAfter=2),
            derive("pd-toc1", fontSize=10, leading=13, leftIndent=16, spaceAfter=0),
            derive("pd-toc2", fontSize=9, leading=12, leftIndent=32, spaceAfter=0),
            derive("pd-toc3", fontSize=9, leading=12, leftIndent=48, spaceAfter=0),
            derive("pd-toc4", fontSize=8, leading=11, leftIndent=64, spaceAfter=0),
        ],
    )
