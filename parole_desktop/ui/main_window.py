"""The main window: lock screen or (case list | case workspace), menus, status bar, auto-lock.

The light shell (#22): this module and the lock screen's (``ui/unlock.py``, ``ui/create_vault.py``) import
Qt and nothing of services/store/packet/rules, so the unlock (or first-run) screen is painted before any of
that is loaded. Once it is painted, :func:`prewarm` imports the services in a background thread (they touch
no Qt) while the passphrase is typed; the case list and the other screens are built on unlock.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QToolBar, QToolButton, QWidget

from parole_desktop import APP_NAME
from parole_desktop.errors import ParoleError
from parole_desktop.logsetup import redact
from parole_desktop.paths import AppPaths
from parole_desktop.ui import dialogs, i18n
from parole_desktop.ui.crash import close_crash_dialogs
from parole_desktop.ui.idle import IdleWatcher, auto_lock_minutes
from parole_desktop.ui.inputs import install_input_guards
from parole_desktop.ui.operations import runner_for
from parole_desktop.ui.unlock import LockScreen
from parole_desktop.ui.widgets import ElidedLabel, fit_to_screen

if TYPE_CHECKING:
    from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

WorkspaceFactory = Callable[["Session"], Any]

#: what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)
PREWARM = (
    "parole_desktop.services.session",
    "parole_desktop.services.vaultinfo",
    "parole_desktop.services.checks",
    "zxcvbn",
)
_prewarm_started = threading.Event()


def prewarm(modules: tuple[str, ...] = PREWARM) -> threading.Thread | None:
    """Import ``modules`` in a daemon thread (once per process); returns it, or None if already started.
    Garbage the GUI thread made so far is collected here first, on the GUI thread (see ui/operations.py:
    a collection in the thread must find no Qt object)."""
    if _prewarm_started.is_set():
        return None
    _prewarm_started.set()
    gc.collect()
    thread = threading.Thread(target=_import_all, args=(modules,), name="prewarm imports", daemon=True)
    thread.start()
    return thread


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # imported again (and the error shown) where it is needed
            log.warning("background import of %s failed", name, exc_info=True)


class _FirstPaint(QObject):
    """Runs its callbacks once, on the event-loop turn after the watched widget's first paint (or at once
    through :meth:`fire`, e.g. on an unlock that came before any paint)."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self.callbacks: list[Callable[[], object]] | None = [then]
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.callbacks is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callbacks, self.callbacks = self.callbacks, None
        for fn in callbacks or ():
            fn()


def default_workspace(session: Session) -> Any:
    from parole_desktop.ui.workspace import CaseWorkspace  # the other screens load only when needed

    return CaseWorkspace(session)


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: AppPaths,
        settings: QSettings,
        *,
        workspace_factory: WorkspaceFactory = default_workspace,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        install_input_guards()
        self.languages = i18n.install(settings)  # the saved language, before any text is built
        self.paths = paths
        self.settings = settings
        self.session: Session | None = None
        self.workspace: Any = None
        self.ops = runner_for(self)  # long work of this window and its dialogs, one at a time
        self._workspace_factory = workspace_factory
        self._list_stale = False
        self.reprobe: Any = (
            None  # the background re-probe after unlock (ui/reprobe.ReprobeJob), while it runs
        )
        self._workspace_language = ""
        self.idle = IdleWatcher(auto_lock_minutes(settings) * 60_000, self)
        self.idle.idle.connect(self.auto_lock)
        self._build_ui()
        self._restore_geometry()
        self._set_locked_ui()

    # ------------------------------------------------------------------ building
    def _action(
        self, slot: Callable[[], object], shortcut: Any = None, name: str = "", tip: str = ""
    ) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setObjectName(name)
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _build_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        a = self._action
        self.act_new = a(self.new_case, QKeySequence.StandardKey.New, "actNewCase")
        self.act_back = a(self.show_case_list, "Alt+Left", "actBack")
        self.act_find = a(self.find_case, QKeySequence.StandardKey.Find, "actFind")
        self.act_backup = a(self.backup, None, "actBackup")
        self.act_restore = a(self.restore, None, "actRestore")
        self.act_lock = a(self.lock, "Ctrl+L", "actLock")
        self.act_quit = a(self.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_reviewers = a(self.reviewers, None, "actReviewers")
        self.act_pack = a(self.import_pack, None, "actImportPack")
        self.act_audit = a(self.verify_audit, None, "actAudit")
        self.act_export_bundle = a(self.export_bundle, None, "actExportBundle")
        self.act_import_bundle = a(self.import_bundle, None, "actImportBundle")
        self.act_lan_receive = a(self.lan_receive, None, "actLanReceive")
        self.act_lan_send = a(self.lan_send, None, "actLanSend")
        self.act_hub_exchange = a(self.hub_exchange, None, "actHubExchange")
        self.act_not_applied = a(self.show_not_applied, None, "actNotApplied")
        self.act_settings = a(self.open_settings, QKeySequence.StandardKey.Preferences, "actSettings")
        self.act_about = a(self.about, None, "actAbout")
        mb = self.menuBar()
        self.file_menu = file_menu = mb.addMenu("")
        for act in (
            self.act_new,
            self.act_find,
            self.act_back,
            None,
            self.act_backup,
            self.act_restore,
            None,
            self.act_lock,
            self.act_quit,
        ):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        self.share_menu = mb.addMenu("")
        self.share_menu.setObjectName("shareMenu")
        for act in (
            self.act_export_bundle,
            self.act_import_bundle,
            None,
            self.act_lan_receive,
            self.act_lan_send,
            None,
            self.act_hub_exchange,
            None,
            self.act_not_applied,
        ):
            self.share_menu.addSeparator() if act is None else self.share_menu.addAction(act)
        self.tools_menu = tools_menu = mb.addMenu("")
        for act in (self.act_reviewers, self.act_pack, self.act_audit, None, self.act_settings):
            tools_menu.addSeparator() if act is None else tools_menu.addAction(act)
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(self.act_about)
        # the toolbar is hidden while locked: built on the first unlock, not before the first paint (#22)
        self.toolbar: QToolBar | None = None

        self.stack = QStackedWidget()
        self.stack.setObjectName("mainStack")
        self.lock_screen = LockScreen(self.paths)
        self.lock_screen.unlocked.connect(self.on_unlocked)
        self._first_paint = _FirstPaint(self.lock_screen, prewarm)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.case_list: Any = None  # built on the first unlock (ui/case_list.py loads the services)
        self.stack.addWidget(self.lock_screen)
        self.stack.addWidget(self.pages)
        self.setCentralWidget(self.stack)

        sb = self.statusBar()
        self.status_vault = ElidedLabel(Qt.TextElideMode.ElideMiddle)
        self.status_vault.setObjectName("statusVault")
        self.status_pack = ElidedLabel()
        self.status_pack.setObjectName("statusPack")
        self.status_backup = ElidedLabel()
        self.status_backup.setObjectName("statusBackup")
        for w, stretch in ((self.status_vault, 2), (self.status_pack, 2), (self.status_backup, 3)):
            sb.addPermanentWidget(w, stretch)
        # cases left with a conflict by an exchange: a click opens the case at its conflict table
        self.status_conflicts = QToolButton()
        self.status_conflicts.setObjectName("statusConflicts")
        self.status_conflicts.setAutoRaise(True)
        self.status_conflicts.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status_conflicts.clicked.connect(self._open_conflict)
        self.status_conflicts.setVisible(False)
        sb.addPermanentWidget(self.status_conflicts)
        # received objects kept aside (quarantined): shown only while there are any; a click lists them
        self.status_quarantine = QToolButton()
        self.status_quarantine.setObjectName("statusQuarantine")
        self.status_quarantine.setAutoRaise(True)
        self.status_quarantine.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status_quarantine.clicked.connect(self.show_not_applied)
        self.status_quarantine.setVisible(False)
        sb.addPermanentWidget(self.status_quarantine)
        self._conflict_ids: list[int] = []
        self.conflict_menu = QMenu(self)
        self.conflict_menu.setObjectName("conflictCasesMenu")
        self.reprobe_status: QWidget | None = None  # made with the first re-probe that has work
        self.retranslate()

    def _ensure_toolbar(self) -> QToolBar:
        if self.toolbar is None:
            self.toolbar = QToolBar()
            self.toolbar.setObjectName("mainToolbar")
            self.toolbar.setMovable(False)
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            for act in (self.act_new, self.act_backup, self.act_lock):
                self.toolbar.addAction(act)
            self.toolbar.setWindowTitle(self.tr("Main"))
            # alone in its row: the demo banner is above the pages (ui/banner.py), so no text of another
            # language pushes Backup or Lock into the toolbar's overflow menu
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        return self.toolbar

    def retranslate(self) -> None:
        """Every text the window itself shows, in the current language (built once, then again on each
        QEvent.LanguageChange; the pages retranslate themselves, the workspace is rebuilt)."""
        for act, text in (
            (self.act_new, self.tr("&New case…")),
            (self.act_back, self.tr("&Back to cases")),
            (self.act_find, self.tr("&Find case")),
            (self.act_backup, self.tr("&Backup…")),
            (self.act_restore, self.tr("&Restore a backup…")),
            (self.act_lock, self.tr("&Lock")),
            (self.act_quit, self.tr("&Quit")),
            (self.act_reviewers, self.tr("&Reviewer profiles…")),
            (self.act_pack, self.tr("&Import rules pack…")),
            (self.act_audit, self.tr("&Verify audit log")),
            (self.act_export_bundle, self.tr("&Export bundle…")),
            (self.act_import_bundle, self.tr("&Import bundle…")),
            (self.act_lan_receive, self.tr("&Receive on this network…")),
            (self.act_lan_send, self.tr("&Send to a laptop on this network…")),
            (self.act_hub_exchange, self.tr("Exchange with the &hub")),
            (self.act_not_applied, self.tr("Received but &not applied…")),
            (self.act_settings, self.tr("&Settings…")),
            (self.act_about, self.tr("&About")),
        ):
            act.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.share_menu.setTitle(self.tr("&Share"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(self.tr("Main"))
        # the vault's folder shows locked and unlocked: a language chosen after unlocking changes it too
        self.status_vault.setText(self.tr("Vault: {folder}").format(folder=i18n.isolate(self.paths.vault)))
        if self.session is not None:
            self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
            # the workspace builds its texts with its widgets: it is taken out before the event goes down the
            # tree (no time spent on widgets about to go) and rebuilt once the event has been delivered
            reopen = self._take_workspace_for_language()
            if reopen is not None:
                QTimer.singleShot(0, lambda: self._reopen(*reopen))
        super().changeEvent(event)

    def _take_workspace_for_language(self) -> tuple[int, int] | None:
        """Drop a workspace built in another language; (case id, step) to reopen when it showed a case. What
        cannot be saved yet is kept as at a lock and comes back with the case. While a job runs the workspace
        stays: the next case opened gets one in the new language (``_ensure_workspace``)."""
        ws = self.workspace
        if ws is None or self._workspace_language == i18n.current_language() or self.ops.busy:
            return None
        case_id = getattr(getattr(ws, "case", None), "id", None)
        showing = self.pages.currentWidget() is ws
        step = ws.current_step() if hasattr(ws, "current_step") else 0
        self._drop_workspace()
        return (int(case_id), int(step)) if case_id is not None and showing else None

    def _reopen(self, case_id: int, step: int) -> None:
        if self.session is None or self.workspace is not None:
            return
        self.open_case(case_id, quiet=True)
        if self.workspace is not None and hasattr(self.workspace, "go_to_step"):
            self.workspace.go_to_step(step)

    def _drop_workspace(self) -> None:
        """Save (or keep encrypted what cannot be saved yet) and remove the workspace."""
        ws = self.workspace
        if ws is None:
            return
        if not self.flush_pending():
            try:
                ws.stash_unsaved()
            except ParoleError as exc:
                log.warning("unsaved input could not be kept: %s", redact(exc))
        ws.clear()
        self.pages.removeWidget(ws)
        ws.setParent(None)
        ws.deleteLater()
        self.workspace = None

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 760)
        else:  # remembered on a bigger screen, or with a monitor that is gone
            fit_to_screen(self)

    # ------------------------------------------------------------------ lock state
    def _unlocked_actions(self) -> list[QAction]:
        return [
            self.act_new,
            self.act_find,
            self.act_back,
            self.act_backup,
            self.act_lock,
            self.act_reviewers,
            self.act_pack,
            self.act_audit,
            self.act_export_bundle,
            self.act_import_bundle,
            self.act_lan_receive,
            self.act_lan_send,
            self.act_hub_exchange,
            self.act_not_applied,
            self.act_settings,
        ]

    def _set_locked_ui(self) -> None:
        for act in self._unlocked_actions():
            act.setEnabled(False)
        self.act_restore.setEnabled(True)
        if self.toolbar is not None:
            self.toolbar.setVisible(False)
        self.status_pack.clear()
        self.status_backup.clear()
        self.show_conflicts([])
        self.show_quarantine(0)
        self.status_vault.setText(self.tr("Vault: {folder}").format(folder=i18n.isolate(self.paths.vault)))
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)

    def after_first_paint(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` once the lock screen has been painted (what the first screen does not need: the
        background imports, the bundled fonts), or now if that has happened."""
        if self._first_paint.callbacks is None:
            fn()
        else:
            self._first_paint.callbacks.append(fn)

    def _ensure_case_list(self) -> Any:
        if self.case_list is None:
            from parole_desktop.ui.case_list import CaseListPage

            self.case_list = CaseListPage()
            self.case_list.open_case.connect(self.open_case)
            self.case_list.model.failed.connect(lambda msg: self.statusBar().showMessage(msg, 10_000))
            self.pages.insertWidget(0, self.case_list)
        return self.case_list

    def on_unlocked(self, session: Session) -> None:
        from parole_desktop.services.checks import attach_checks

        if self._first_paint.callbacks is not None:  # unlocked before any paint (tests, scripts)
            self._first_paint.fire()
        attach_checks(session)
        self.session = session
        self._ensure_case_list().set_session(session)
        for act in self._unlocked_actions():
            act.setEnabled(True)
        self._ensure_toolbar().setVisible(True)
        self.stack.setCurrentWidget(self.pages)
        self.show_case_list()
        self.update_status()
        self.idle.start()
        last = self.settings.value("session/lastCase")
        if last:
            self.open_case(int(last), quiet=True)
        QTimer.singleShot(0, self.start_reprobe)  # after the list (and the last case) is on screen

    def start_reprobe(self) -> None:
        """Exhibits whose stored pages/thumbnail are missing or of an older probe version are probed again
        in the background (``ui/reprobe.py``): non-modal, with progress and Cancel in the status bar,
        giving way to any operation (a packet export first)."""
        if self.session is None or self.session.closed or self.reprobe is not None:
            return
        from parole_desktop.ui.reprobe import ReprobeJob, ReprobeStatus

        job = ReprobeJob(self.session, self.ops, self)
        if self.reprobe_status is None:
            self.reprobe_status = ReprobeStatus()
            self.statusBar().addPermanentWidget(self.reprobe_status, 2)
        status = self.reprobe_status
        assert isinstance(status, ReprobeStatus)
        status.follow(job)
        job.kept.connect(self._thumbnail_ready)
        job.ended.connect(lambda *_: self._reprobe_ended(job))
        self.reprobe = job
        job.start()

    def _thumbnail_ready(self, _sha256: str) -> None:
        evidence = getattr(self.workspace, "evidence", None)
        if evidence is not None and hasattr(evidence, "refresh_thumbnails"):
            evidence.refresh_thumbnails()

    def _reprobe_ended(self, job: Any) -> None:
        if self.reprobe is job:
            self.reprobe = None
        job.deleteLater()

    def _ensure_workspace(self) -> Any:
        """The workspace is built on the first case opened (keeps unlock → list fast), and again when the
        interface language changed since it was built."""
        if self.workspace is not None and self._workspace_language != i18n.current_language():
            self._drop_workspace()
        if self.workspace is None and self.session is not None:
            ws = self._workspace_factory(self.session)
            ws.setObjectName(ws.objectName() or "caseWorkspace")
            if hasattr(ws, "caseSaved"):
                ws.caseSaved.connect(self._case_saved)
            if hasattr(ws, "backRequested"):
                ws.backRequested.connect(self.show_case_list)
            self.pages.addWidget(ws)
            self.workspace = ws
            self._workspace_language = i18n.current_language()
        return self.workspace

    def update_status(self) -> None:
        s = self.session
        if s is None or s.closed:
            return
        from parole_desktop.services import vaultinfo
        from parole_desktop.ui import tools

        try:
            pid, version, as_of = vaultinfo.pack_summary(s)
            self.status_pack.setText(
                self.tr("Rules {id} {version}, as of {date}").format(
                    id=i18n.isolate(pid), version=i18n.isolate(version), date=i18n.isolate(as_of.isoformat())
                )
            )
        except ParoleError as exc:
            self.status_pack.setText(str(exc))
        last = s.last_backup_at()
        state = vaultinfo.backup_reminder(last, s.created_at())
        if state == "first":  # a new vault: a calm first-backup prompt, not an alarm
            text = self.tr("No backup yet: make the first one with File → Backup…")
            self.status_backup.setStyleSheet("")
        else:
            text = (
                self.tr("Last backup {when}").format(when=i18n.isolate(tools.when(last)))
                if last
                else self.tr("Never backed up")
            )
            if state == "overdue":
                text += " · " + self.tr(
                    "no backup in %n day(s): File → Backup…", "", vaultinfo.BACKUP_REMINDER_DAYS
                )
                self.status_backup.setStyleSheet("color: #b00020; font-weight: bold;")
            else:
                self.status_backup.setStyleSheet("")
        self.status_backup.setText(text)
        self.show_quarantine(s.quarantine_count())

    def show_quarantine(self, count: int) -> None:
        """ "Kept aside: N" in the status bar while received objects are quarantined (hidden at 0)."""
        button = self.status_quarantine
        button.setVisible(count > 0)
        if count:
            button.setText(self.tr("Kept aside: %n", "", count))
            button.setToolTip(
                self.tr("Received from other laptops and not applied: click to see what and why.")
            )

    def show_not_applied(self) -> None:
        """Share ▸ Received but not applied…: what was received and not applied, and why."""
        if self.session is not None and not self.session.closed:
            from parole_desktop.ui import share_quarantine

            share_quarantine.show(self, self.session)

    def flush_pending(self) -> bool:
        """Save what the workspace holds; False (and the user is told) when it cannot be saved."""
        ws = self.workspace
        if ws is None:
            return True
        invalid = ws.invalid_fields() if hasattr(ws, "invalid_fields") else []
        if not ws.has_pending_edits() and not invalid:
            return True
        try:
            saved = ws.flush()
        except ParoleError as exc:
            dialogs.show_error(self, exc, self.tr("Could not save"))
            return False
        if invalid:  # leaving the case would drop what was typed there
            return False
        return saved is not False and not ws.has_pending_edits()

    def lock(self) -> bool:
        """Save, close the session and wipe every widget that showed case data.

        Locking never waits on a save: input that cannot be saved (a field that is not a valid value yet, a
        failed save) is kept encrypted in the vault and put back when the case is opened again; only if even
        that cannot be written (the drive is gone) is it dropped, and the vault locks all the same.
        """
        if self.session is None:
            return True
        self.ops.stop()  # a running job is cancelled if it can be, and has ended (or finished) before closing
        if self.reprobe is not None:
            self.reprobe.stop()  # the child under way ends first; nothing is started after
        kept = 0
        if not self.flush_pending() and self.workspace is not None:
            try:
                kept = self.workspace.stash_unsaved()
            except ParoleError as exc:
                log.warning("unsaved input could not be kept at lock: %s", redact(exc))
        self.idle.stop()
        for dlg in self.findChildren(QDialog):
            if dlg.isVisible():
                dlg.reject()
        close_crash_dialogs()  # also those parented elsewhere
        if self.workspace is not None:
            self.workspace.clear()
            self.pages.removeWidget(self.workspace)
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if self.case_list is not None:
            self.case_list.set_session(None)
        session, self.session = self.session, None
        try:
            session.close()
        except ParoleError as exc:
            log.warning("closing the vault: %s", redact(exc))
        log.info("vault locked")
        self._set_locked_ui()
        if kept:
            self.statusBar().showMessage(
                self.tr(
                    "Locked. Input that could not be saved yet is kept encrypted in "
                    "the vault and comes back when you open the case."
                )
            )
        return True

    def auto_lock(self) -> None:
        if self.session is not None and self.ops.busy:
            # never interrupt a running job (a backup, a packet export); the watcher stays armed and asks
            # again RETRY_S later, so the vault locks soon after the job ends
            log.info("auto-lock postponed: %s is running", self.ops.current_title)
            return
        if self.lock():
            self.statusBar().showMessage(
                self.tr("Locked after %n minute(s) without use.", "", max(1, self.idle.timeout_ms // 60_000))
            )

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.idle.set_timeout_ms(minutes * 60_000)

    # ------------------------------------------------------------------ navigation
    def open_case(self, case_id: int, *, quiet: bool = False) -> None:
        if self.session is None:
            return
        if not self.flush_pending():
            return
        try:
            self._ensure_workspace().load_case(case_id)
        except ParoleError as exc:
            self.settings.remove("session/lastCase")
            if not quiet:
                dialogs.show_error(self, exc)
            return
        self.settings.setValue("session/lastCase", case_id)
        self.pages.setCurrentWidget(self.workspace)
        self.act_back.setEnabled(True)

    def show_case_list(self) -> None:
        if self.session is None:
            return
        if self.pages.currentWidget() is not self.case_list:
            if not self.flush_pending():
                return
            self.settings.remove("session/lastCase")
        self.pages.setCurrentWidget(self.case_list)
        self.act_back.setEnabled(False)
        if self._list_stale:
            self._list_stale = False
            self.case_list.refresh()
        if self._conflict_ids and not self.session.closed:  # settled in the workspace: the count follows
            self.show_conflicts(sorted(self.session.conflict_case_ids()))
        self.case_list.table.setFocus()

    def _case_saved(self, _case_id: int) -> None:
        self._list_stale = True

    def find_case(self) -> None:
        self.show_case_list()
        if self.case_list is not None:
            self.case_list.focus_search()

    def new_case(self) -> None:
        if self.session is None:
            return
        from parole_desktop.ui.new_case import NewCaseDialog

        dlg = NewCaseDialog(self.session, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or self.session is None:
            return
        case_id = dlg.created_case.id if dlg.created_case else dlg.existing_case_id
        self.case_list.refresh()
        if case_id is not None:
            self.open_case(int(case_id))

    # ------------------------------------------------------------------ tools
    def about(self) -> None:
        from parole_desktop.ui import tools

        tools.show_about(self, self.paths, self.session)

    def backup(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import tools

            tools.ask_backup(self, self.session, self.update_status)

    def restore(self) -> None:
        from parole_desktop.ui import tools

        path = dialogs.open_file(self, self.tr("Choose the backup to restore"), tools.tr(tools.BACKUP_FILTER))
        if not path:
            return
        passphrase = dialogs.ask_secret(
            self, self.tr("Restore"), self.tr("The passphrase the backup was made with:")
        )
        if not passphrase:
            return
        if not dialogs.ask(
            self,
            self.tr("Restore"),
            self.tr(
                "The vault will be locked and replaced by the backup. The current vault is not deleted: it is "
                "kept aside in the data folder."
            ),
            yes=self.tr("Restore"),
        ):
            return
        if not self.lock():
            return
        self.lock_screen.setEnabled(False)
        tools.start_restore(self, self.paths, path, passphrase, self._restored)

    def _restored(self) -> None:
        self.lock_screen.setEnabled(True)
        self._set_locked_ui()

    def reviewers(self) -> None:
        if self.session is not None:
            from parole_desktop.ui.reviewers import ReviewersDialog

            ReviewersDialog(self.session, self).open()

    def import_pack(self) -> None:
        from parole_desktop.ui import tools

        if self.session is not None and tools.import_rules_pack(self, self.session):
            self.update_status()

    def verify_audit(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import tools

            tools.verify_audit(self, self.session)

    def export_bundle(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import share

            share.ask_export(self, self.session)

    def import_bundle(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import share

            share.ask_import(self, self.session, self._after_bundle_import)

    def lan_receive(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import share_lan

            share_lan.ask_receive(self, self.session, self._after_bundle_import)

    def lan_send(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import share_lan

            share_lan.ask_send(self, self.session, self._after_bundle_import)

    def hub_exchange(self) -> None:
        if self.session is not None:
            from parole_desktop.ui import share_hub

            share_hub.ask_exchange(self, self.session, self._after_bundle_import, self.show_conflicts)

    def _after_bundle_import(self) -> None:
        """Cases may have arrived or changed: the list shows them (the open workspace keeps its edits), and
        the status bar counts the cases left with a conflict."""
        if self.case_list is not None and self.session is not None and not self.session.closed:
            self.case_list.refresh()
            self.show_conflicts(sorted(self.session.conflict_case_ids()))
        self.update_status()

    def show_conflicts(self, case_ids: list[int]) -> None:
        """ "Conflicts: N case(s)" in the status bar while cases have an open conflict (hidden at 0); one case
        opens on a click, several are offered in a menu of their names."""
        self._conflict_ids = list(case_ids)
        button = self.status_conflicts
        button.setVisible(bool(case_ids))
        self.conflict_menu.clear()
        if not case_ids:
            return
        button.setText(self.tr("Conflicts: %n case(s)", "", len(case_ids)))
        button.setToolTip(self.tr("Fields changed differently on two laptops: click to settle them."))
        if len(case_ids) > 1 and self.session is not None and not self.session.closed:
            names = {row.id: row.beneficiary for row in self.session.list_cases()}
            for case_id in case_ids:
                act = self.conflict_menu.addAction(
                    names.get(case_id) or self.tr("Case {id}").format(id=case_id)
                )
                act.triggered.connect(lambda _c=False, cid=case_id: self.open_conflict_case(cid))

    def _open_conflict(self) -> None:
        if len(self._conflict_ids) == 1:
            self.open_conflict_case(self._conflict_ids[0])
        elif self._conflict_ids:
            button = self.status_conflicts
            self.conflict_menu.popup(button.mapToGlobal(button.rect().topLeft()))

    def open_conflict_case(self, case_id: int) -> None:
        """The case, with the keyboard in its conflict table (shown above the steps while a field is open)."""
        self.open_case(case_id)
        panel = getattr(self.workspace, "conflicts", None)
        if self.pages.currentWidget() is self.workspace and panel is not None and hasattr(panel, "table"):
            panel.table.setFocus()

    def open_settings(self) -> None:
        if self.session is None:
            return
        from parole_desktop.ui.settings import SettingsDialog

        dlg = SettingsDialog(self.settings, self.session, self)
        dlg.auto_lock_changed.connect(self.set_auto_lock_minutes)
        dlg.finished.connect(lambda _r: self.update_status())
        dlg.open()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ops.busy:
            dialogs.warn(
                self,
                APP_NAME,
                self.tr("Wait until “{job}” has finished, or cancel it.").format(
                    job=self.ops.current_title.rstrip("…")
                ),
            )
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.session is not None:
            self.lock()  # saves; what cannot be saved yet is kept encrypted in the vault (see lock)
        self.idle.detach()
        self.settings.sync()
        event.accept()
