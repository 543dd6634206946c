"""The Settings dialog: interface language, auto-lock time, backups (where the last one went, when; back up
now), this laptop's identity for sharing cases (its name, fingerprint and a QR code of it, its enrolment
file), and the organization hub (its address and the site's user name, kept in the vault; the password in
the OS keyring, never shown, never logged)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.errors import ParoleError
from parole_desktop.services import devices, hub, vaultinfo
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs, i18n, tools
from parole_desktop.ui.idle import AUTO_LOCK_KEY as AUTO_LOCK_KEY
from parole_desktop.ui.idle import DEFAULT_AUTO_LOCK_MIN as DEFAULT_AUTO_LOCK_MIN
from parole_desktop.ui.idle import auto_lock_minutes as auto_lock_minutes
from parole_desktop.ui.widgets import make_primary, note

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Emits ``auto_lock_changed(minutes)`` when saved."""

    auto_lock_changed = Signal(int)

    def __init__(self, settings: QSettings, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._session = session
        self._build_ui()

    def _show_language_status(self, *_: object) -> None:
        """How much of the chosen language exists (issue #24: it ships at 90% with its client texts
        reviewed or marked)."""
        self.language_status.setText(self.language.status_text())

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()  # two columns: the dialog fits a 1024x600 screen in every language
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        lang = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(lang)
        self.language = i18n.LanguageChooser(live=False)
        lang_form.addRow(self.tr("&Interface language"), self.language)
        self.language_status = note("")
        self.language_status.setObjectName("languageStatus")
        lang_form.addRow(self.language_status)
        self.language.currentIndexChanged.connect(self._show_language_status)
        self._show_language_status()
        lang_form.addRow(
            note(
                self.tr(
                    "Menus, screens and messages change at once. The packet for filing (forms and letters) "
                    "stays in English."
                )
            )
        )
        left.addWidget(lang)
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
        left.addWidget(sec)

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
        left.addWidget(bk)
        left.addStretch(1)
        right.addWidget(self._laptop_box())
        right.addWidget(self._hub_box())  # with the laptop: both are about sharing cases
        right.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Enter saves; it never starts a backup or a key rotation, nor cancels what was changed
        make_primary(self, buttons.button(QDialogButtonBox.StandardButton.Save))
        self._show_backup()
        self.setMinimumWidth(840)  # two columns, each wide enough for its buttons and the fingerprint line

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it got (a longer translation wraps onto more lines
        than the size hint foresaw, and would be cut at the bottom)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _laptop_box(self) -> QGroupBox:
        """This laptop as the organization's roster knows it: compared on site with the org admin's list."""
        box = QGroupBox(self.tr("This laptop (sharing cases)"))
        row = QVBoxLayout(box)
        form = QFormLayout()
        info = devices.device_info(self._session)
        self._device = info
        self.device_name = QLineEdit(info.name)
        self.device_name.setObjectName("deviceName")
        self.device_name.setAccessibleName(self.tr("This laptop's name"))
        self.device_name.setMaxLength(devices.NAME_MAX)
        form.addRow(self.tr("&Name"), self.device_name)
        self.device_fingerprint = note(info.fingerprint_short, "deviceFingerprint")
        self.device_fingerprint.setWordWrap(False)  # eight groups of four: read aloud as one line
        self.device_fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.device_fingerprint.setAccessibleName(self.tr("This laptop's fingerprint"))
        form.addRow(self.tr("Fingerprint"), self.device_fingerprint)
        self.device_listed = note(info.listed, "deviceListed")
        self.device_listed.setAccessibleName(self.tr("Roster"))
        self.enrol_button = QPushButton(self.tr("Save enrolment for the org admin…"))
        self.enrol_button.setObjectName("saveEnrolment")
        self.enrol_button.setToolTip(
            self.tr(
                "A file with this laptop's public keys. The org admin lists it in the roster after "
                "comparing the fingerprint (read aloud or scanned from the QR code)."
            )
        )
        self.enrol_button.clicked.connect(self._save_enrolment)
        row.addLayout(form)
        row.addWidget(self.device_listed)  # full width: a wrapped note in a form row gets cut
        row.addWidget(self.enrol_button)
        self.device_qr = QLabel()
        self.device_qr.setObjectName("deviceQr")
        self.device_qr.setAccessibleName(self.tr("QR code of this laptop's fingerprint"))
        pix = QPixmap()
        pix.loadFromData(devices.qr_png(devices.qr_text(info), scale=3), "PNG")
        self.device_qr.setPixmap(pix)
        self.device_qr.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.device_qr)
        return box

    def _hub_box(self) -> QGroupBox:
        """The organization hub: organization data kept in the vault, the password only in the keyring."""
        box = QGroupBox(self.tr("Organization hub"))
        lay = QVBoxLayout(box)
        form = QFormLayout()
        chosen = hub.settings(self._session)
        self.hub_url = QLineEdit(chosen.url)
        self.hub_url.setObjectName("hubUrl")
        self.hub_url.setPlaceholderText("https://hub.example.org/parole")
        self.hub_url.setAccessibleName(self.tr("The hub's address"))
        form.addRow(self.tr("&Address"), self.hub_url)
        self.hub_user = QLineEdit(chosen.user)
        self.hub_user.setObjectName("hubUser")
        self.hub_user.setAccessibleName(self.tr("The site's hub user name"))
        self.hub_user.setMaxLength(hub.USER_MAX)
        form.addRow(self.tr("Site &user name"), self.hub_user)
        lay.addLayout(form)
        self.hub_password_button = QPushButton(self.tr("Save password in this computer's keyring…"))
        self.hub_password_button.setObjectName("hubSavePassword")
        self.hub_password_button.clicked.connect(self._save_hub_password)
        lay.addWidget(self.hub_password_button)
        lay.addWidget(
            note(
                self.tr(
                    "The org admin gives the address, the user name and the password. Share → Exchange with "
                    "the hub sends this laptop's work and takes the others'."
                )
            )
        )
        return box

    def _save_hub_password(self) -> None:
        title = self.tr("Hub password")
        try:
            chosen = hub.configure(self._session, self.hub_url.text(), self.hub_user.text())
            if not chosen.complete:
                raise hub.HubError("Give the hub's address and the site's user name first.")
        except ParoleError as exc:
            dialogs.show_error(self, exc, title)
            return
        password = dialogs.ask_secret(
            self, title, self.tr("The password of hub user “{user}”:").format(user=chosen.user)
        )
        if not password:
            return
        try:
            hub.save_password(chosen.url, chosen.user, password)
        except hub.NoKeyring:
            dialogs.warn(
                self,
                title,
                self.tr(
                    "This computer has no keyring to keep the password in (common on Linux without a desktop "
                    "keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and "
                    "PAROLE_HUB_PASSWORD set in its environment instead."
                ),
            )
            return
        except ParoleError as exc:
            dialogs.show_error(self, exc, title)
            return
        dialogs.inform(
            self,
            title,
            self.tr("The password of hub user “{user}” is kept in this computer's keyring.").format(
                user=chosen.user
            ),
        )

    def _save_enrolment(self) -> None:
        where = dialogs.save_file(
            self,
            self.tr("Save this laptop's enrolment"),
            f"{self._device.name}.enrolment.json",
            self.tr("Enrolment (*.json)"),
        )
        if not where:
            return
        try:
            self._rename_if_changed()
            devices.write_enrolment(self._session, Path(where), overwrite=True)
        except ParoleError as exc:
            dialogs.show_error(self, exc, self.tr("Enrolment not saved"))
            return
        dialogs.inform(
            self,
            self.tr("Enrolment saved"),
            self.tr("Give {file} to the org admin and compare this fingerprint with theirs: {fpr}").format(
                file=Path(where).name, fpr=self._device.fingerprint_short
            ),
        )

    def _rename_if_changed(self) -> None:
        name = self.device_name.text()
        if name.strip() and name.strip() != self._device.name:
            self._device = devices.rename(self._session, name)
            self.device_name.setText(self._device.name)
            self.device_listed.setText(self._device.listed)

    def _show_backup(self) -> None:
        last = None if self._session.closed else self._session.last_backup_at()
        created = None if self._session.closed else self._session.created_at()
        if last is None:
            text = self.tr("This vault has never been backed up.")
        else:
            text = self.tr("Last backup: {when}").format(when=tools.when(last))
        state = vaultinfo.backup_reminder(last, created)
        if state == "first":
            text += " " + self.tr("Make the first backup onto a USB stick when you can.")
        elif state == "overdue":
            text += " " + self.tr("Please make a backup now.")
        self.backup_info.setText(text)

    def _rotate_keys(self) -> None:
        tools.rotate_keys(self, self._session)

    def _backup(self) -> None:
        tools.ask_backup(self, self._session, self._show_backup)

    def _save(self) -> None:
        try:  # an http address to another machine, a name with a space: said, and nothing is saved
            hub.validate(self.hub_url.text(), self.hub_user.text())
        except ParoleError as exc:
            dialogs.show_error(self, exc, self.tr("Settings not saved"))
            self.hub_url.setFocus()
            return
        try:
            self._rename_if_changed()
        except ParoleError as exc:  # e.g. a hidden character in the name: nothing else is saved either
            dialogs.show_error(self, exc, self.tr("Settings not saved"))
            self.device_name.setFocus()
            return
        hub.configure(self._session, self.hub_url.text(), self.hub_user.text())
        self._settings.setValue(AUTO_LOCK_KEY, self.auto_lock.value())
        self.auto_lock_changed.emit(self.auto_lock.value())
        language = self.language.chosen()
        self._settings.setValue(i18n.SETTINGS_KEY, language)
        self.accept()
        if language != i18n.current_language():
            i18n.manager().apply(language)  # every open window and page retranslates itself
