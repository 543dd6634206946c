"""Interface languages: the chosen language, Qt catalogs, right-to-left, isolates for user data.

The catalogs are Qt's: ``resources/i18n/<lang>.ts`` (sources, ``packaging/i18n.py update``) compiled into
``<lang>.qm`` (``packaging/i18n.py build``), loaded with ``QTranslator``, together with Qt's own
``qtbase_<lang>.qm`` so the standard buttons and dialogs speak the same language. ``en.qm`` holds only the
English plural forms ("%n case(s)" → "1 case" / "%n cases") and is always loaded beneath the chosen one.

Switching installs the new translators and sets the layout direction; Qt then sends every widget a
``QEvent.LanguageChange``, on which each window and page re-applies its texts (their ``retranslate()``).

The layout direction follows Qt's convention: a catalog translates ``QT_LAYOUT_DIRECTION`` (context
``QGuiApplication``) as ``RTL``; a language marked right-to-left here mirrors even before its catalog exists.

User data inserted into a translated sentence goes through ``isolate`` (FSI … PDI), which lives in the Qt-free
``parole_desktop.l10n`` (the core's gettext catalogs) and is re-exported here; switching the interface
language switches the core's language too.

This module is loaded by the first screen: it imports nothing of services, store, packet or rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QObject,
    QSettings,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QWidget

from parole_desktop import l10n, langstatus
from parole_desktop.l10n import isolate as isolate  # re-exported: the ui wraps user data with it
from parole_desktop.paths import resource
from parole_desktop.ui.fonts import apply_ui_font

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
DEFAULT = "en"
W = TypeVar("W", bound=QWidget)

#: Translate as "RTL" for a right-to-left language (Arabic, Dari, Pashto), "LTR" for any other.
_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


@dataclass(frozen=True)
class Language:
    code: str  # the catalog's name: resources/i18n/<code>.ts
    native: str  # the language's name in itself, as the chooser lists it
    english: str
    rtl: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("es", "Español", "Spanish"),
    Language("fa_AF", "دری", "Dari", rtl=True),
    Language("ps", "پښتو", "Pashto", rtl=True),
    Language("uk", "Українська", "Ukrainian"),
    Language("ar", "العربية", "Arabic", rtl=True),
    Language("ht", "Kreyòl ayisyen", "Haitian Creole"),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}


def _count_sources(folder: Path) -> dict[str, langstatus.LanguageStatus]:
    """A source tree that was not built has no languages.json: count its catalogs (imported only then)."""
    from parole_desktop.services.languages import all_status

    return all_status(folder)


def catalogs() -> Path:
    return resource("i18n")


def stored_language(settings: QSettings | None) -> str:
    """The language saved for this installation; English when none (or an unknown code) is saved."""
    if settings is None:
        return DEFAULT
    value = settings.value(SETTINGS_KEY, DEFAULT)
    code = str(value) if value else DEFAULT
    return code if code in BY_CODE else DEFAULT


class Languages(QObject):
    """The translators of the application. ``changed(code)`` after every switch."""

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, folder: Path | None = None) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._settings = settings
        self._folder = folder or catalogs()
        self._installed: list[QTranslator] = []
        self.current = ""

    def use_settings(self, settings: QSettings | None) -> None:
        self._settings = settings

    def _load(self, name: str, folder: Path) -> QTranslator | None:
        path = folder / f"{name}.qm"
        if not path.is_file():
            return None
        tr = QTranslator(self)
        if not tr.load(str(path)):
            log.warning("the translation catalog %s could not be read", path.name)
            return None
        return tr

    def apply(self, code: str) -> str:
        """Install the catalogs of ``code`` (an unknown code means English) and the layout direction it needs.
        Returns the language now in use."""
        lang = BY_CODE.get(code, BY_CODE[DEFAULT])
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication: create it before choosing a language")
        found: list[QTranslator] = []
        english = self._load("en", self._folder)  # the English plural forms, beneath every language
        if english is not None:
            found.append(english)
        if lang.code != DEFAULT:
            qt = self._load(f"qtbase_{lang.code}", self._folder) or self._qt_catalog(lang)
            if qt is not None:
                found.append(qt)
            own = self._load(lang.code, self._folder)
            if own is None:
                log.info("no compiled catalog for %s in %s: texts stay English", lang.code, self._folder)
            else:
                found.append(own)
        if english is None:
            log.info("no English plural catalog in %s (run packaging/i18n.py build)", self._folder)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        for tr in found:  # the last one installed is asked first
            QCoreApplication.installTranslator(tr)
        self._installed = found
        self.current = lang.code
        l10n.set_language(lang.code)  # the core's texts (services' errors shown in a dialog) follow
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(direction_for(lang))
            apply_ui_font(lang.code)  # Vazirmatn for Dari and Pashto (ui/fonts.py)
        log.info("interface language: %s", lang.code)
        self.changed.emit(lang.code)
        return lang.code

    def _qt_catalog(self, lang: Language) -> QTranslator | None:
        """Qt's own catalog from the Qt installation (the source tree before ``packaging/i18n.py build``)."""
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt = {"fa_AF": "fa"}.get(lang.code, lang.code)
        return self._load(f"qtbase_{qt}", folder)

    def choose(self, code: str) -> str:
        """Switch now and remember the choice for this installation."""
        used = self.apply(code)
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, used)
            self._settings.sync()
        return used


def direction_for(lang: Language) -> Qt.LayoutDirection:
    """Right-to-left when the installed catalog says ``RTL`` (Qt's convention) or the language is one."""
    said = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
    rtl = said == "RTL" or (said != "LTR" and lang.rtl)
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


_manager: Languages | None = None


def install(settings: QSettings | None) -> Languages:
    """The application's language manager, with the language saved in ``settings`` in use (call before the
    first window builds its texts)."""
    global _manager
    if _manager is None or _manager.parent() is not QCoreApplication.instance():
        _manager = Languages(settings)
    else:
        _manager.use_settings(settings)
    want = stored_language(settings)
    if want != _manager.current:
        _manager.apply(want)
    return _manager


def manager() -> Languages:
    """The manager ``install`` made (one with no settings, in English, when nothing installed one yet)."""
    return _manager if _manager is not None and _manager.current else install(None)


def current_language() -> str:
    return _manager.current if _manager is not None and _manager.current else DEFAULT


class LanguageChooser(QComboBox):
    """Every interface language by its own name. With ``live`` a choice switches at once (the first-run and
    unlock screens); without, the owner applies ``chosen()`` (the Settings dialog, on Save)."""

    def __init__(self, *, live: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        for lang in LANGUAGES:
            self.addItem(lang.native, lang.code)
            self.setItemData(self.count() - 1, lang.english, Qt.ItemDataRole.ToolTipRole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._live = live
        self.show_current()
        self.activated.connect(self._activated)
        self.retranslate()

    def show_current(self) -> None:
        self.setCurrentIndex(max(0, self.findData(current_language())))

    def chosen(self) -> str:
        return str(self.currentData() or DEFAULT)

    def _activated(self, _index: int) -> None:
        if self._live and self.chosen() != current_language():
            manager().choose(self.chosen())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Interface language"))
        self.setToolTip(self.tr("Interface language"))
        status = langstatus.shipping(catalogs(), count=_count_sources)
        for i, lang in enumerate(LANGUAGES):
            st = status.get(lang.code)
            if st is None or st.ships:
                self.setItemText(i, lang.native)
                self.setItemData(i, lang.english, Qt.ItemDataRole.ToolTipRole)
                continue
            # a language that does not ship yet (services/languages.py): listed, plainly marked
            mark = self.tr("incomplete")
            self.setItemText(i, f"{lang.native} — {mark}")
            tip = self.tr("{language}: {percent}% of its texts are translated; a language ships at 90%.")
            self.setItemData(
                i, tip.format(language=lang.english, percent=st.percent), Qt.ItemDataRole.ToolTipRole
            )

    def status(self, code: str | None = None) -> langstatus.LanguageStatus | None:
        """How far the chosen language (or ``code``) is translated; ``None`` for English."""
        return langstatus.shipping(catalogs(), count=_count_sources).get(code or self.chosen())

    def status_text(self, code: str | None = None) -> str:
        """The numbers of the chosen language (or ``code``), one short paragraph (Settings shows it)."""
        st = self.status(code)
        if st is None:
            return self.tr("English: the program's own texts.")
        verdict = (
            self.tr("complete enough to ship")
            if st.ships
            else self.tr("incomplete: a language ships when 90% of its texts exist")
        )
        return self.tr(
            "Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client "
            "texts reviewed: {reviewed} of {total}; the others are marked. {verdict}."
        ).format(
            ui=st.interface.percent,
            core=st.core.percent,
            pack=st.pack.percent,
            reviewed=st.client_reviewed,
            total=st.client_total,
            verdict=verdict,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._live:
                self.show_current()
        super().changeEvent(event)


def language_row(layout: QBoxLayout) -> LanguageChooser:
    """The chooser at the top of a lock-screen card, at the trailing edge (switches at once)."""
    chooser = LanguageChooser(live=True)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(chooser)
    layout.addLayout(row)
    return chooser


def latin_field(widget: W) -> W:
    """A field that holds Latin data (passport or A-number, e-mail, phone, ISO date) stays left-to-right in a
    mirrored window: its text, cursor and alignment read as the document they were copied from."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.setProperty("latinData", True)
    return widget


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange
