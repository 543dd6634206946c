"""The GUI can draw every letter of the names it shows, even where the system's fonts lack them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from parole_desktop.app import make_application

PASHTO_AND_DARI = "ګل\u200cمکۍ فرشته ځ ړ ښ ږ ۍ"


def test_the_packet_fonts_are_registered_for_the_gui(qapp) -> None:
    make_application([])
    families = QFontDatabase.families()
    assert "Noto Naskh Arabic" in families
    assert "Noto Sans" in families


def test_the_bundled_arabic_font_has_every_pashto_letter_the_names_use(qapp) -> None:
    make_application([])
    metrics = QFontMetrics(QFont("Noto Naskh Arabic"))
    missing = [
        ch
        for ch in PASHTO_AND_DARI
        if not ch.isspace() and ch != "\u200c" and not metrics.inFontUcs4(ord(ch))
    ]
    assert not missing, f"letters the bundled font cannot draw: {missing}"
