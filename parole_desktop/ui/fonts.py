"""The interface font of each language: Vazirmatn for Dari and Pashto, the system's font for the others.

Vazirmatn (``resources/fonts/Vazirmatn-*.ttf``, SIL Open Font License, from its npm release; see
``resources/fonts/README.md``) is drawn for the Arabic script of Dari and Pashto, with every Pashto letter
(ګ ځ ړ ښ ۍ ڼ ټ ډ), and has Latin letters of the same weight, so a Dari window shows one typeface. The bundled
fonts are registered after the lock screen is painted (``app.register_bundled_fonts``: the unlock screen does
not wait for them); :func:`apply_ui_font` is called then and at every language switch, and sets the
application font to Vazirmatn while Dari or Pashto is in use (the size is the system's), or back to the font
the application started with. Until Vazirmatn is registered, Qt's fallback draws the letters with the bundled
Noto Naskh Arabic or a system font.

Qt only: it imports nothing of the core.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: The interface font family of a language (absent: the font the application started with).
UI_FAMILIES = {"fa_AF": "Vazirmatn", "ps": "Vazirmatn"}

_started_with: QFont | None = None
_registered: set[str] = set()


def note_registered(families: list[str]) -> None:
    """The bundled families ``app.register_bundled_fonts`` added (asking Qt's font database instead would
    make it read every system font before the first screen is painted)."""
    _registered.update(families)


def ui_family(code: str) -> str | None:
    """The family the interface uses for ``code`` when that font is registered, else None."""
    family = UI_FAMILIES.get(code)
    if family is None or family not in _registered:
        return None
    return family


def fonts_added() -> None:
    """Every widget lays its text out again after fonts were registered. Qt's fallback may now draw a
    script with a taller font (Arabic in Noto Naskh Arabic), but a word-wrapped label keeps the height it
    measured before: the Arabic unlock screen's demo hint lost its last line under a window manager. When
    the application font changes (Dari, Pashto) Qt tells every widget itself; otherwise this does."""
    for widget in QApplication.allWidgets():  # FontChange: a label drops its measured size and layout
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))


def apply_ui_font(code: str) -> str:
    """Make the application font the one of language ``code``; returns the family now in use."""
    global _started_with
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return ""
    if _started_with is None:
        _started_with = QFont(QGuiApplication.font())
    family = ui_family(code)
    if family is None:
        if code in UI_FAMILIES:
            log.debug("%s is not registered yet: the interface font follows once it is", UI_FAMILIES[code])
        want = QFont(_started_with)
    else:
        want = QFont(_started_with)
        want.setFamilies([family, *_started_with.families()])
    if QGuiApplication.font() != want:
        QGuiApplication.setFont(want)
    return want.family()
