"""Bugs: log the traceback and show it once in a copyable dialog (expected errors never come here)."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop import __version__
from parole_desktop.errors import ParoleError
from parole_desktop.logsetup import redact, redacted_traceback
from parole_desktop.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """Says something went wrong, that saved work is safe, and offers the details to copy."""

    def __init__(self, details: str, log_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self._details = details
        self._log_folder = log_folder
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Parole Desktop: unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong that should not happen. Everything already saved is safe in the vault.\n"
            "Please copy the details below and send them to whoever supports your organisation's laptops. "
            "They contain no case data."
        )
        if self._log_folder:
            text += "\n" + self.tr("The log folder is {folder}.").format(folder=self._log_folder)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(self._details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.setObjectName("copyDetails")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._details)


class CrashHandler:
    """Installed as ``sys.excepthook``: logs every bug, shows the dialog for the first one only."""

    def __init__(self, log_folder: str = "") -> None:
        self.log_folder = log_folder
        self.shown = False
        self.dialog: CrashDialog | None = None

    def __call__(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(value, QApplication.activeWindow())

    def report(self, value: BaseException, parent: QWidget | None) -> None:
        """Log ``value`` (a bug: with its traceback) and show the dialog over ``parent`` if none was shown yet."""
        # exception messages can quote case data (a name in a KeyError, a passport number in a ValueError):
        # neither the dialog, which may be copied into an e-mail, nor the unencrypted log shows them
        details = f"Parole Desktop {__version__}\n" + redacted_traceback(value)
        if isinstance(value, ParoleError):
            log.warning("unhandled expected error: %s", redact(value))
        else:
            log.error("unexpected error\n%s", redacted_traceback(value))
        if self.shown or QApplication.instance() is None:
            return
        self.shown = True
        if parent is not None and not parent.window().isVisible():  # e.g. a window about to be deleted
            parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, self.log_folder, parent.window() if parent is not None else None)
        self.dialog.open()

    def install(self) -> None:
        global _installed
        sys.excepthook = self
        _installed = self


_installed: CrashHandler | None = None


def report_bug(exc: BaseException, parent: QWidget | None) -> None:
    """A bug the app caught itself (in an operation or its callback): logged and shown like an uncaught one,
    by the installed handler (the app's), or else (tests, tools) by a fresh one over ``parent``."""
    (_installed or CrashHandler()).report(exc, parent)


def close_crash_dialogs() -> None:
    """Auto-lock and lock close any crash dialog (the details stay in the log)."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, CrashDialog) and widget.isVisible():
            widget.reject()
