"""The lock screen: create a vault on first run, unlock with the passphrase or the recovery key.

Part of the light shell (#22): this module and ``create_vault.py`` import Qt widgets and nothing of
services/store/packet/rules, so the window is on screen before any of that is loaded. The services are
imported when they are needed (unlocking, the strength hint) — by then usually already loaded in the
background (``ui/main_window.prewarm``); ``tests/ui/test_light_shell.py`` checks ``sys.modules`` at the
first paint.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QWidget

from parole_desktop.errors import ParoleError, VaultInUse, WrongPassphrase
from parole_desktop.paths import AppPaths
from parole_desktop.ui import dialogs, i18n
from parole_desktop.ui.create_vault import CreateVaultPage, RecoveryKeyPage, passphrase_hint
from parole_desktop.ui.widgets import Card, error_label, heading, note, secret_field
from parole_desktop.vaultfiles import MIN_PASSPHRASE_LEN, vault_exists
from parole_desktop.vaultfiles import demo_marker as demo_marker

if TYPE_CHECKING:
    from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

MAX_DELAY_S = 30


def retry_delay(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries in a row: 1, 2, 4, … capped at 30."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_S)


def _link(text: str, name: str) -> QLabel:
    label = QLabel(_link_text(text))
    label.setObjectName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def _link_text(text: str) -> str:
    return f"<a href='#'>{text}</a>"


class UnlockPage(Card):
    """Passphrase → session. Wrong tries make the next one wait; a lock from another laptop can be overridden."""

    unlocked = Signal(object)
    use_recovery = Signal()

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._paths = paths
        self.failures = 0
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._build_ui()

    def _build_ui(self) -> None:
        b = self.body
        self.language = i18n.language_row(b)
        self.heading = heading("")
        b.addWidget(self.heading)
        self.folder = note("", "vaultFolder")
        self.folder.setStyleSheet("color: palette(placeholder-text);")
        b.addWidget(self.folder)
        self.demo_hint = note("", "demoHint")
        self.demo_hint.setWordWrap(True)
        b.addWidget(self.demo_hint)
        self.passphrase = secret_field("unlockPassphrase", "")
        b.addWidget(self.passphrase)
        self.error = error_label("unlockError")
        b.addWidget(self.error)
        row = QHBoxLayout()
        self.recovery_link = _link("", "useRecoveryKey")
        row.addWidget(self.recovery_link)
        row.addStretch(1)
        self.force_button = QPushButton()
        self.force_button.setObjectName("unlockAnyway")
        self.force_button.setVisible(False)
        row.addWidget(self.force_button)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        row.addWidget(self.unlock_button)
        b.addLayout(row)
        self.passphrase.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(lambda: self._unlock(force=False))
        self.force_button.clicked.connect(self._force)
        self.recovery_link.linkActivated.connect(lambda _=None: self.use_recovery.emit())
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_link)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (at build and on QEvent.LanguageChange)."""
        self.heading.setText(self.tr("Unlock the vault"))
        self.folder.setText(self.tr("Vault: {folder}").format(folder=i18n.isolate(self._paths.vault)))
        self._update_demo_hint()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.recovery_link.setText(_link_text(self.tr("Use recovery key")))
        self.force_button.setText(self.tr("Unlock anyway"))
        if self._wait_left:
            self._render_wait()
        else:
            self.unlock_button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _update_demo_hint(self) -> None:
        """The demo vault (synthetic cases only) says its published passphrase, so a new user gets in."""
        marker = demo_marker(self._paths)
        text = ""
        if marker.is_file() and self._paths.demo:  # only in the demo's own folder, never the real vault's
            lines = marker.read_text(encoding="utf-8").strip().splitlines() or [""]
            text = self.tr(
                "DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real "
                "client data in it; start without --demo for your own vault."
            ).format(passphrase=i18n.isolate(lines[0]))
            if len(lines) > 1:
                text += " " + self.tr("Demo reviewer's passphrase: {p}").format(
                    p=lines[1].removeprefix("reviewer: ")
                )
        self.demo_hint.setText(text)
        self.demo_hint.setVisible(bool(text))

    def reset(self) -> None:
        self._update_demo_hint()
        self.passphrase.clear()
        self.force_button.setVisible(False)
        if not self._wait_left:
            self.error.setVisible(False)
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _unlock(self, *, force: bool) -> None:
        if self._wait_left:
            return
        from parole_desktop.services.session import open_vault

        try:
            session = open_vault(self._paths, self.passphrase.text(), force_unlock=force)
        except WrongPassphrase:
            self.failures += 1
            self.passphrase.selectAll()
            self._start_wait(retry_delay(self.failures))
            return
        except VaultInUse as exc:
            from parole_desktop.services import vaultinfo

            self._show_error(str(exc))
            self.force_button.setVisible(vaultinfo.lock_held_elsewhere(self._paths))
            return
        except ParoleError as exc:
            self._show_error(str(exc))
            return
        self.failures = 0
        self.passphrase.clear()
        self.error.setVisible(False)
        self.force_button.setVisible(False)
        self.unlocked.emit(session)

    def _force(self) -> None:
        if dialogs.ask(
            self,
            self.tr("Unlock anyway"),
            self.tr(
                "Only do this if the vault is not open on the other computer any more (it crashed, or the "
                "USB stick was pulled out). Two computers writing to one vault can lose work."
            ),
            yes=self.tr("Unlock anyway"),
        ):
            self._unlock(force=True)

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.unlock_button.setEnabled(False)
        self.passphrase.setReadOnly(True)
        self._timer.start()
        self._render_wait()

    def _render_wait(self) -> None:
        self._show_error(self.tr("Wrong passphrase. You can try again in {n} s.").format(n=self._wait_left))
        self.unlock_button.setText(self.tr("Unlock ({n} s)").format(n=self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._render_wait()
            return
        self._wait_left = 0
        self._timer.stop()
        self.unlock_button.setEnabled(True)
        self.unlock_button.setText(self.tr("Unlock"))
        self.passphrase.setReadOnly(False)
        self._show_error(
            self.tr("Wrong passphrase. Check Caps Lock and the keyboard language, then try again.")
        )
        self.passphrase.setFocus()


class RecoverPage(Card):
    """Recovery key + a new passphrase: opens the vault and re-wraps its key under the new passphrase."""

    unlocked = Signal(object)
    back = Signal()

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverPage")
        self._paths = paths
        self._build_ui()

    def _build_ui(self) -> None:
        b = self.body
        self.heading = heading("")
        b.addWidget(self.heading)
        self.intro = note()
        b.addWidget(self.intro)
        self.key = i18n.latin_field(secret_field("recoveryKeyInput", "", "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))
        self.key.setEchoMode(self.key.EchoMode.Normal)
        b.addWidget(self.key)
        self.new1 = secret_field("recoverNewPassphrase", "")
        self.new2 = secret_field("recoverConfirmPassphrase", "")
        b.addWidget(self.new1)
        self.hint = note("", "recoverStrengthHint")
        b.addWidget(self.hint)
        b.addWidget(self.new2)
        self.error = error_label("recoverError")
        b.addWidget(self.error)
        row = QHBoxLayout()
        self.back_link = _link("", "recoverBack")
        row.addWidget(self.back_link)
        row.addStretch(1)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("recoverButton")
        row.addWidget(self.unlock_button)
        b.addLayout(row)
        self.new1.textChanged.connect(lambda t: self.hint.setText(self.tr(passphrase_hint(t)[1])))
        self.new2.returnPressed.connect(self.unlock_button.click)
        self.unlock_button.clicked.connect(self._recover)
        self.back_link.linkActivated.connect(lambda _=None: self.back.emit())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (at build and on QEvent.LanguageChange)."""
        self.heading.setText(self.tr("Unlock with the recovery key"))
        self.intro.setText(
            self.tr("Type the recovery key from the paper sheet, then choose a new passphrase.")
        )
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.new1.setAccessibleName(self.tr("New passphrase"))
        self.new1.setPlaceholderText(self.tr("New passphrase"))
        self.new2.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.new2.setPlaceholderText(self.tr("Repeat the new passphrase"))
        self.back_link.setText(_link_text(self.tr("Back")))
        self.unlock_button.setText(self.tr("Unlock and set passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        for edit in (self.key, self.new1, self.new2):
            edit.clear()
        self.hint.clear()
        self.error.setVisible(False)
        self.key.setFocus()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _recover(self) -> None:
        from parole_desktop.services.session import open_vault

        new = self.new1.text()
        if len(new) < MIN_PASSPHRASE_LEN:
            self._fail(
                self.tr("The new passphrase is too short: use at least {n} characters.").format(
                    n=MIN_PASSPHRASE_LEN
                )
            )
            return
        if new != self.new2.text():
            self._fail(self.tr("The two new passphrases are different."))
            return
        try:
            session = open_vault(self._paths, recovery_key=self.key.text().strip())
        except WrongPassphrase:
            self._fail(self.tr("That recovery key does not open this vault. Check each group of letters."))
            return
        except ParoleError as exc:
            self._fail(str(exc))
            return
        try:
            session.change_passphrase(new)
        except ParoleError as exc:
            session.close()
            self._fail(str(exc))
            return
        log.info("vault unlocked with the recovery key; passphrase changed")
        self.reset()
        self.unlocked.emit(session)


class LockScreen(QStackedWidget):
    """Every page shown while no session is open. Emits ``unlocked(session)``."""

    unlocked = Signal(object)

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._paths = paths
        self._pending: Session | None = None
        self._create_page: CreateVaultPage | None = None
        self._recovery_page: RecoveryKeyPage | None = None
        self._unlock_page: UnlockPage | None = None
        self._recover_page: RecoverPage | None = None

    # Each page is built the first time it is needed (#22, start-up): a start with a vault builds only the
    # unlock page before the first paint, a first run only the create page.

    @property
    def create_page(self) -> CreateVaultPage:
        if self._create_page is None:
            self._create_page = CreateVaultPage(self._paths)
            self.addWidget(self._create_page)
            self._create_page.created.connect(self._created)
        return self._create_page

    @property
    def recovery_page(self) -> RecoveryKeyPage:
        if self._recovery_page is None:
            self._recovery_page = RecoveryKeyPage()
            self.addWidget(self._recovery_page)
            self._recovery_page.confirmed.connect(self._recovery_confirmed)
        return self._recovery_page

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            self._unlock_page = UnlockPage(self._paths)
            self.addWidget(self._unlock_page)
            self._unlock_page.unlocked.connect(self.unlocked)
            self._unlock_page.use_recovery.connect(self._show_recover)
        return self._unlock_page

    @property
    def recover_page(self) -> RecoverPage:
        if self._recover_page is None:
            self._recover_page = RecoverPage(self._paths)
            self.addWidget(self._recover_page)
            self._recover_page.unlocked.connect(self.unlocked)
            self._recover_page.back.connect(self.reset)
        return self._recover_page

    def built_pages(self) -> list[QWidget]:
        """The pages built so far (the others are built when first shown)."""
        pages = (self._create_page, self._recovery_page, self._unlock_page, self._recover_page)
        return [p for p in pages if p is not None]

    def reset(self) -> None:
        """The right first page for the vault folder: create when there is none, else unlock."""
        if vault_exists(self._paths):
            self.unlock_page.reset()
            self.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.create_page.reset()
            self.setCurrentWidget(self.create_page)
            self.create_page.passphrase.setFocus()

    def _created(self, session: Session, recovery: str) -> None:
        self._pending = session
        self.recovery_page.show_key(recovery)
        self.setCurrentWidget(self.recovery_page)

    def _recovery_confirmed(self) -> None:
        session, self._pending = self._pending, None
        if session is not None:
            self.unlocked.emit(session)

    def _show_recover(self) -> None:
        self.recover_page.reset()
        self.setCurrentWidget(self.recover_page)
