"""Plain message boxes and file choosers in one place, so every screen says things the same way."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
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
    ok = box.addButton(
        yes or QCoreApplication.translate("dialogs", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password prompt (blocking); None when cancelled. Tests replace this function."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def forget_file_dialog_history() -> None:
    """Qt's own file dialog writes the folders it visited (often named after a client) into
    ``QtProject.conf`` in the user's config folder, outside the vault. Remove that group after every use."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" not in settings.childGroups():
        return
    settings.remove("FileDialog")
    settings.sync()
    path = Path(settings.fileName())
    if not settings.allKeys() and path.is_file():
        path.unlink(missing_ok=True)


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """A file to read ("" when cancelled). Tests replace this function."""
    try:
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]
    finally:
        forget_file_dialog_history()


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    """Files to read ([] when cancelled)."""
    try:
        return QFileDialog.getOpenFileNames(parent, title, "", filters)[0]
    finally:
        forget_file_dialog_history()


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Where to write ("" when cancelled). Tests replace this function."""
    try:
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]
    finally:
        forget_file_dialog_history()


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder ("" when cancelled)."""
    try:
        return QFileDialog.getExistingDirectory(parent, title, start)
    finally:
        forget_file_dialog_history()
