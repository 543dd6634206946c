"""Fixtures for the shell tests: a main window over a temp data folder, a stand-in workspace if needed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget


@pytest.fixture(autouse=True)
def _english_interface(qapp):
    """Every GUI test starts in English with its plural forms ("1 case", "%n cases"), and a test that
    switched language leaves English behind."""
    from parole_desktop.ui import i18n

    i18n.install(None)
    yield
    if i18n.current_language() != i18n.DEFAULT:
        i18n.manager().apply(i18n.DEFAULT)


class StandInWorkspace(QWidget):
    """The workspace's interface (load_case/clear/has_pending_edits/flush/caseSaved), showing the name."""

    caseSaved = Signal(int)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        self.session = session
        self.case = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("standInName")
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        self.flushed = 0

    def load_case(self, case_id: int) -> None:
        self.case = self.session.load_case(case_id)
        self.title.setText(self.case.beneficiary_name)
        self.name.setText(self.case.beneficiary.given_name)

    def clear(self) -> None:
        self.case = None
        self.title.clear()
        self.name.clear()

    def has_pending_edits(self) -> bool:
        return self.case is not None and self.name.text() != self.case.beneficiary.given_name

    def flush(self) -> None:
        if self.has_pending_edits():
            self.case.beneficiary.given_name = self.name.text()
            self.session.save_case(self.case)
            self.flushed += 1
            self.caseSaved.emit(self.case.id)


class FakeClock:
    """Monotonic seconds that move only when the test says so (for ``IdleWatcher.clock``)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def workspace_factory():
    try:
        from parole_desktop.ui.workspace import CaseWorkspace  # noqa: F401
    except ImportError:
        return StandInWorkspace
    from parole_desktop.ui.main_window import default_workspace

    return default_workspace


@pytest.fixture
def settings(paths):
    paths.ensure()
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, paths, settings):
    """A main window over ``paths``; closed (and its session locked) after the test."""
    from parole_desktop.ui.main_window import MainWindow

    made = []

    def make(factory=None):
        w = MainWindow(paths, settings, workspace_factory=factory or workspace_factory())
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.session is not None:
            w.lock()
        w.idle.detach()


def unlock(qtbot, window, passphrase: str) -> None:
    page = window.lock_screen.unlock_page
    assert window.lock_screen.currentWidget() is page
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.mouseClick(
        page.unlock_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)


def shown_workspace(qtbot, session, width: int = 1200, height: int = 800):
    """A case workspace over ``session``, shown at the given size (tests clear it afterwards)."""
    from parole_desktop.ui.workspace import CaseWorkspace

    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(width, height)
    ws.show()
    qtbot.waitExposed(ws)
    return ws
