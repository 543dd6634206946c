"""First run: choose a passphrase (with a live strength hint), then the recovery key shown once."""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from parole_desktop.errors import ParoleError
from parole_desktop.paths import AppPaths
from parole_desktop.ui import dialogs, i18n
from parole_desktop.ui.widgets import Card, error_label, heading, note, secret_field
from parole_desktop.vaultfiles import MIN_PASSPHRASE_LEN, MIN_STRENGTH

log = logging.getLogger(__name__)


def passphrase_hint(text: str) -> tuple[int, str]:
    """The strength score (0-4) and hint of a typed passphrase (zxcvbn, ``store/keys.py``, loaded on the
    first letter typed — usually already loaded in the background by then); nothing typed: (0, "")."""
    if not text:
        return 0, ""
    from parole_desktop.services import vaultinfo

    return vaultinfo.passphrase_strength(text)


class CreateVaultPage(Card):
    """Passphrase twice; emits ``created(session, recovery_key)``."""

    created = Signal(object, str)

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultPage")
        self._paths = paths
        self._build_ui()

    def _build_ui(self) -> None:
        b = self.body
        self.language = i18n.language_row(b)
        self.heading = heading("")
        b.addWidget(self.heading)
        self.intro = note()
        b.addWidget(self.intro)
        self.passphrase = secret_field("newPassphrase", "")
        self.confirm = secret_field("confirmPassphrase", "")
        b.addWidget(self.passphrase)
        self.strength = QProgressBar()
        self.strength.setObjectName("strengthBar")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        b.addWidget(self.strength)
        self.hint = note("", "strengthHint")
        b.addWidget(self.hint)
        b.addWidget(self.confirm)
        self.error = error_label("createError")
        b.addWidget(self.error)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createVaultButton")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        b.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self.create_button.click)
        self.create_button.clicked.connect(self._create)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.create_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (at build and on QEvent.LanguageChange)."""
        self.heading.setText(self.tr("Create your vault"))
        self.intro.setText(
            self.tr(
                "Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words "
                "that you will remember and nobody can guess. Without it (or the recovery key shown next) "
                "the cases cannot be opened by anyone, including you."
            )
        )
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.confirm.setPlaceholderText(self.tr("Repeat the passphrase"))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.create_button.setText(self.tr("Create vault"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.error.setVisible(False)
        self.passphrase.setFocus()

    def _update(self) -> None:
        text = self.passphrase.text()
        score, hint = passphrase_hint(text)
        self.strength.setValue(score)
        colour = ("#b00020", "#d2691e", "#c9a400", "#2e7d32", "#1b5e20")[score]
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.hint.setText(
            self.tr(hint)
            if text
            else self.tr("At least {n} characters; a phrase of several words is best.").format(
                n=MIN_PASSPHRASE_LEN
            )
        )
        ok = len(text) >= MIN_PASSPHRASE_LEN and score >= MIN_STRENGTH and text == self.confirm.text()
        self.create_button.setEnabled(ok)
        if self.confirm.text() and not text.startswith(self.confirm.text()):
            self._show_error(self.tr("The two passphrases are different."))
        else:
            self.error.setVisible(False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        from parole_desktop.services.session import create_vault

        try:
            session, recovery = create_vault(self._paths, self.passphrase.text())
        except ParoleError as exc:
            self._show_error(str(exc))
            return
        log.info("vault created in %s", self._paths.vault)
        self.passphrase.clear()
        self.confirm.clear()
        self.created.emit(session, recovery)


class RecoveryKeyPage(Card):
    """Shows the recovery key once; Continue only after “I have written it down”."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=560)
        self.setObjectName("recoveryKeyPage")
        self._build_ui()

    def _build_ui(self) -> None:
        b = self.body
        self.heading = heading("")
        b.addWidget(self.heading)
        self.intro = note()
        b.addWidget(self.intro)
        self.key_label = i18n.latin_field(QLabel())
        self.key_label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 14px; border: 1px dashed palette(mid);")
        b.addWidget(self.key_label)
        self.written = QCheckBox()
        self.written.setObjectName("writtenDown")
        b.addWidget(self.written)
        row = QHBoxLayout()
        self.print_button = QPushButton()
        self.print_button.setObjectName("printRecovery")
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("recoveryContinue")
        self.continue_button.setEnabled(False)
        row.addWidget(self.continue_button)
        b.addLayout(row)
        self.written.toggled.connect(self.continue_button.setEnabled)
        # Tab: "I have written it down" → Continue → Print (printing is the exception, not the next step)
        self.setTabOrder(self.written, self.continue_button)
        self.setTabOrder(self.continue_button, self.print_button)
        self.print_button.clicked.connect(self._print)
        self.continue_button.clicked.connect(self._continue)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (at build and on QEvent.LanguageChange)."""
        self.heading.setText(self.tr("Your recovery key"))
        self.intro.setText(
            self.tr(
                "If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper "
                "(or print it) and keep it locked away, apart from this computer. It is shown only now."
            )
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.written.setText(self.tr("I have written it down"))
        self.print_button.setText(self.tr("Print…"))
        self.continue_button.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def show_key(self, key: str) -> None:
        self.key_label.setText(key)
        self.written.setChecked(False)
        self.written.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.written.setFocus()  # the page may be filled before it is shown: focus where the step starts

    def clear(self) -> None:
        self.key_label.clear()
        self.written.setChecked(False)

    def _continue(self) -> None:
        self.clear()
        self.confirmed.emit()

    def _sheet(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h2>"
            + html.escape(self.tr("Parole Desktop vault recovery key"))
            + "</h2>"
            + "<p style='font-family: monospace; font-size: 20pt'><b>"
            + html.escape(self.key_label.text())
            + "</b></p><p>"
            + html.escape(
                self.tr("Printed on {date}. Keep this sheet locked away, apart from the laptop.").format(
                    date=i18n.isolate(dt.date.today().isoformat())
                )
            )
            + "</p>"
        )
        return doc

    def _print(self) -> bool:
        """Print on paper only: the app never writes the recovery key to a file (no PDF, no print-to-file).
        True when a sheet was sent to a printer."""
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:  # PySide6-Essentials without print support
            dialogs.inform(
                self,
                self.tr("Print"),
                self.tr("Printing is not available on this computer. Write the recovery key down by hand."),
            )
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dlg = print_dialog(printer, self)
        try:
            accepted = dlg.exec() == QPrintDialog.DialogCode.Accepted
        finally:
            shiboken6.delete(dlg)  # the dialog points to the printer: it goes first
        return self.print_on(printer) if accepted else False

    def print_on(self, printer: Any) -> bool:
        if not paper_printer(printer):
            dialogs.warn(
                self,
                self.tr("Print"),
                self.tr(
                    "The recovery key is printed only on a printer, never into a file (a file could be copied "
                    "or synced). Choose a printer, or write the key down by hand."
                ),
            )
            return False
        self._sheet().print_(printer)
        return True


def paper_printer(printer: Any) -> bool:
    """A real printer: not PDF output and no output file (the recovery key must not land on a disk)."""
    from PySide6.QtPrintSupport import QPrinter

    return bool(
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and printer.printerName()
    )


def print_dialog(printer: Any, parent: QWidget | None) -> Any:
    """Qt's print dialog, never to a file, with Enter meaning Print: its Properties and Options buttons
    are "auto-default", so Enter with the focus on them opened the printer properties instead."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
    from PySide6.QtWidgets import QDialogButtonBox

    dlg = QPrintDialog(printer, parent)
    dlg.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    for button in dlg.findChildren(QPushButton):
        button.setAutoDefault(False)
    for box in dlg.findChildren(QDialogButtonBox):
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(True)
    return dlg
