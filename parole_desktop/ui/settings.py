"""The Settings dialog: interface language, auto-lock time and backups (where the last one went, when; back up now)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.services import vaultinfo
from parole_desktop.services.session import Session
from parole_desktop.ui import i18n, tools
from parole_desktop.ui.widgets import make_primary, note

log = logging.getLogger(__name__)

AUTO_LOCK_KEY = "security/autoLockMinutes"
DEFAULT_AUTO_LOCK_MIN = 10


def auto_lock_minutes(settings: QSettings) -> int:
    try:
        value = int(settings.value(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MIN))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        value = DEFAULT_AUTO_LOCK_MIN
    return max(1, min(value, 240))


class SettingsDialog(QDialog):
    """Emits ``auto_lock_changed(minutes)`` when saved."""

    auto_lock_changed = Signal(int)

    def __init__(self, settings: QSettings, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._session = session
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        lang = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(lang)
        self.language = i18n.LanguageChooser(live=False)
        lang_form.addRow(self.tr("&Interface language"), self.language)
        lang_form.addRow(
            note(
                self.tr(
                    "Menus, screens and messages change at once. The packet for filing (forms and letters) "
                    "stays in English."
                )
            )
        )
        layout.addWidget(lang)
        sec = QGroupBox(self.tr("Security"))
        form = QFormLayout(sec)
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(auto_lock_minutes(self._settings))
        form.addRow(self.tr("&Lock after no use for"), self.auto_lock)
        keys_row = QHBoxLayout()
        self.rotate_button = QPushButton(self.tr("Rotate keys…"))
        self.rotate_button.setObjectName("rotateKeys")
        self.rotate_button.setToolTip(
            self.tr(
                "When the passphrase or an old key file may be known to someone: "
                "a new master key, old copies stop working."
            )
        )
        self.rotate_button.clicked.connect(self._rotate_keys)
        self.recovery_button = QPushButton(self.tr("New recovery key…"))
        self.recovery_button.setObjectName("newRecoveryKey")
        self.recovery_button.clicked.connect(lambda: tools.rotate_recovery_key(self, self._session))
        keys_row.addWidget(self.rotate_button)
        keys_row.addWidget(self.recovery_button)
        form.addRow(self.tr("Keys"), keys_row)
        layout.addWidget(sec)

        bk = QGroupBox(self.tr("Backup"))
        bl = QVBoxLayout(bk)
        self.backup_info = note("", "lastBackup")
        bl.addWidget(self.backup_info)
        bl.addWidget(
            note(
                self.tr(
                    "A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only "
                    "with this vault's passphrase."
                )
            )
        )
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self._backup)
        bl.addWidget(self.backup_button)
        layout.addWidget(bk)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter saves; it never starts a backup or a key rotation, nor cancels what was changed
        make_primary(self, buttons.button(QDialogButtonBox.StandardButton.Save))
        self._show_backup()
        self.setMinimumWidth(480)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it got (a longer translation wraps onto more lines
        than the size hint foresaw, and would be cut at the bottom)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _show_backup(self) -> None:
        last = None if self._session.closed else self._session.last_backup_at()
        if last is None:
            text = self.tr("This vault has never been backed up.")
        else:
            text = self.tr("Last backup: {when}").format(when=tools.when(last))
        if vaultinfo.backup_overdue(last):
            text += " " + self.tr("Please make a backup now.")
        self.backup_info.setText(text)

    def _rotate_keys(self) -> None:
        tools.rotate_keys(self, self._session)

    def _backup(self) -> None:
        tools.ask_backup(self, self._session, self._show_backup)

    def _save(self) -> None:
        self._settings.setValue(AUTO_LOCK_KEY, self.auto_lock.value())
        self.auto_lock_changed.emit(self.auto_lock.value())
        language = self.language.chosen()
        self._settings.setValue(i18n.SETTINGS_KEY, language)
        self.accept()
        if language != i18n.current_language():
            i18n.manager().apply(language)  # every open window and page retranslates itself
