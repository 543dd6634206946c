"""Plain message boxes and file choosers in one place, so every screen says things the same way."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from parole_desktop.errors import ParoleError
from parole_desktop.logsetup import redact

log = logging.getLogger(__name__)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
    """A window-modal box opened without a nested event loop (tests and auto-lock keep running)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text, "infoBox")


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, title, text, "warningBox")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox:
    """An expected error becomes a plain message; anything else is a bug for the crash dialog."""
    if not isinstance(exc, ParoleError):
        raise exc
    log.info("user error shown: %s", redact(exc))
    return warn(parent, title or parent_title(parent), str(exc))


def parent_title(parent: QWidget | None) -> str:
    return parent.window().windowTitle() if parent is not None else "Parole Desktop"


def ask(parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
    """A yes/no confirmation (blocking); tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(yes or box.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password prompt (blocking); None when cancelled. Tests replace this function."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """A file to read ("" when cancelled). Tests replace this function."""
    return QFileDialog.getOpenFileName(parent, title, "", filters)[0]


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Where to write ("" when cancelled). Tests replace this function."""
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]
