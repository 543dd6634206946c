"""Screenshots of every main screen, rendered offscreen into PNG files (docs and release notes)."""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from parole_desktop.paths import AppPaths
from parole_desktop.ui.operations import Operation, Progress, runner_for

if TYPE_CHECKING:
    from parole_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SIZE = (1280, 800)
# the smallest laptop screens in the field (1024×600, less a title bar) and the most common one
SMALL_SIZES = {"1024x600": (1024, 570), "1366x768": (1366, 738)}
DEMO_PASSPHRASE = "demo passphrase"


def settle(ms: int = 120) -> None:
    """Let layouts, timers and queued signals run (screenshots only; the app never spins like this)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.files: list[Path] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)
        log.info("screenshot %s", path)


def _first_run(
    shoot: Shooter, window_cls: Callable[..., MainWindow], settings_for: Callable[[AppPaths], object]
) -> None:
    with tempfile.TemporaryDirectory(prefix="parole-shots-") as tmp:
        paths = AppPaths(Path(tmp))
        paths.ensure()
        w = window_cls(paths, settings_for(paths))
        w.resize(*SIZE)
        w.show()
        page = w.lock_screen.create_page
        page.passphrase.setText("river lantern copper seven")
        page.confirm.setText("river lantern copper seven")
        shoot(w, "01-create-vault")
        page.create_button.click()
        shoot(w, "02-recovery-key")
        w.lock_screen.recovery_page.written.setChecked(True)
        w.lock_screen.recovery_page.continue_button.click()
        w.lock()
        w.close()
        w.deleteLater()
        settle(50)


def render_all(window: MainWindow, out: Path, make_settings: Callable[[Any], Any]) -> list[Path]:
    """Create-vault and recovery pages (throwaway vault), then unlock, list, workspace, dialogs on ``window``.

    ``make_settings(paths)`` comes from the composition root (the ui layer does not import app.py).
    """
    shoot = Shooter(out)
    _first_run(shoot, type(window), make_settings)
    window.resize(*SIZE)
    window.show()
    page = window.lock_screen.unlock_page
    shoot(window, "03-unlock")
    page.passphrase.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    if window.session is None:
        log.warning("screenshots: the vault is not the demo vault; stopping after the unlock page")
        return shoot.files
    window.show_case_list()
    shoot(window, "04-case-list")
    window.case_list.search.setText("jose")
    window.case_list.apply_filters()
    shoot(window, "05-case-list-search")
    window.case_list.search.clear()
    window.case_list.apply_filters()
    _workspace(window, shoot)
    _dialogs(window, shoot)
    for folder, size in SMALL_SIZES.items():
        _small_screen(window, Shooter(out / folder), size, shoot.files)
    window.resize(*SIZE)
    window.lock()
    return shoot.files


def render_languages(window: MainWindow, out: Path, codes: Sequence[str]) -> list[Path]:
    """Per interface language (issue #24): the case list, the workspace's People step and its Checks step at
    1024×600 (less a title bar), ``<code>-case-list.png``, ``<code>-workspace-people.png``,
    ``<code>-checks.png``; the language is switched live, as a volunteer does, and English restored."""
    from parole_desktop.ui.workspace.workspace import CHECKS, PEOPLE

    shoot = Shooter(out)
    window.resize(*SMALL_SIZES["1024x600"])
    window.show()
    page = window.lock_screen.unlock_page
    page.passphrase.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    if window.session is None:
        log.warning("screenshots: the vault is not the demo vault; no language screenshots")
        return shoot.files
    for code in codes:
        window.show_case_list()
        window.languages.apply(code)
        settle(250)  # LanguageChange reaches every widget; the workspace is rebuilt
        shoot(window, f"{code}-case-list")
        model = window.case_list.model
        case_id = next((model.case_id(r) for r in range(model.rowCount()) if model.case_id(r)), None)
        if case_id is None:
            continue
        window.open_case(case_id)
        ws = window.workspace
        if ws is None or not hasattr(ws, "go_to_step"):
            continue
        ws.go_to_step(PEOPLE)
        shoot(window, f"{code}-workspace-people")
        ws.go_to_step(CHECKS)
        shoot(window, f"{code}-checks")
    window.show_case_list()
    window.languages.apply("en")
    window.lock()
    return shoot.files


def _small_screen(window: MainWindow, shoot: Shooter, size: tuple[int, int], files: list[Path]) -> None:
    """The case list and every workspace step at one window size (docs/screenshots/<size>/)."""
    window.resize(*size)
    window.show_case_list()
    shoot(window, "04-case-list")
    _workspace(window, shoot)
    files.extend(shoot.files)


def _workspace(window: MainWindow, shoot: Shooter) -> None:
    model = window.case_list.model
    case_id = next((model.case_id(r) for r in range(model.rowCount()) if model.case_id(r)), None)
    if case_id is None:
        return
    window.open_case(case_id)
    ws = window.workspace
    if ws is None:
        return
    steps = len(getattr(ws, "pages", [])) if hasattr(ws, "go_to_step") else 0
    if not steps:
        shoot(window, "06-workspace")
        return
    for i in range(steps):
        ws.go_to_step(i)
        shoot(window, f"06-workspace-step{i + 1}")
    window.show_case_list()


def _dialogs(window: MainWindow, shoot: Shooter) -> None:
    from parole_desktop.ui.new_case import NewCaseDialog
    from parole_desktop.ui.reviewers import ReviewersDialog
    from parole_desktop.ui.settings import SettingsDialog

    assert window.session is not None
    dlg = NewCaseDialog(window.session, window)
    dlg.given.setText("José")
    dlg.family.setText("Núñez Ortega")
    dlg.show()
    dlg.create_button.click()  # shows the similar existing cases instead of creating
    shoot(dlg, "07-new-case-duplicates")
    dlg.reject()

    settings = SettingsDialog(window.settings, window.session, window)
    settings.show()
    shoot(settings, "08-settings")
    settings.reject()

    reviewers = ReviewersDialog(window.session, window)
    reviewers.show()
    reviewers.name.setText("Dana Okafor")
    reviewers.number.setText("NY-123456")
    reviewers.organization.setText("Harbor Legal Aid")
    shoot(reviewers, "09-reviewers")
    reviewers.reject()

    release = threading.Event()

    def slow(progress: Progress) -> None:
        progress.report(2, 5, "attachments")
        release.wait(10)

    runner = runner_for(window)
    Operation(window, slow, title=QCoreApplication.translate("screens", "Backing up the vault…")).run()
    settle(500)
    if runner.dialog is not None:
        runner.dialog.show()
        shoot(runner.dialog, "10-backup-progress")
    release.set()
    for _ in range(100):
        if not runner.busy:
            break
        settle(50)
