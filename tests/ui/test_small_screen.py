"""Every window and step fits a 1024×600 laptop screen: minimum sizes, remembered geometry, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect

from parole_desktop.domain.models import Evidence
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault
from parole_desktop.ui import widgets
from parole_desktop.ui.crash import CrashDialog
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.reviewers import ReviewersDialog
from parole_desktop.ui.settings import SettingsDialog
from parole_desktop.ui.workspace.preview import PreviewDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui

SMALL = QRect(0, 0, 1024, 600)
TITLE_BAR = 30  # what a window manager adds above the client area


def _fits(widget) -> None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert hint.width() <= SMALL.width(), f"{type(widget).__name__} needs {hint.width()} px of width"
    assert hint.height() <= SMALL.height() - TITLE_BAR, f"{type(widget).__name__} needs {hint.height()} px"


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(widgets, "available_geometry", lambda _w: SMALL)


@pytest.fixture
def window(qtbot, make_window, paths, small_screen):
    session, _ = create_vault(paths, PASSPHRASE)
    case = session.new_case("Zumrad", "Testova")
    session.add_evidence_bytes(
        case.id, minimal_pdf(["Synthetic passport"]), "passport.pdf", kind="identity_document"
    )
    session.close()
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


@pytest.mark.slow
def test_case_list_and_every_step_fit_1024x600(qtbot, window):
    _fits(window)
    window.open_case(window.session.list_cases()[0].id)
    ws = window.workspace
    for step in range(ws.stack.count()):
        ws.go_to_step(step)
        qtbot.wait(10)
        _fits(window)
    ws.clear()


def test_first_start_and_remembered_geometry_are_clamped_to_the_screen(
    qtbot, make_window, settings, small_screen
):
    w = make_window()
    assert w.width() <= SMALL.width() and w.height() <= SMALL.height()
    big = make_window()
    big.resize(1600, 1000)
    big.move(2500, 1400)  # remembered on a bigger monitor that is gone now
    settings.setValue("window/geometry", QByteArray(big.saveGeometry()))
    again = make_window()
    assert again.width() <= SMALL.width() and again.height() <= SMALL.height()
    assert SMALL.contains(again.pos())


def test_dialogs_fit_1024x600(qtbot, window, small_screen):
    session = window.session
    dialogs = [
        NewCaseDialog(session, window),
        SettingsDialog(window.settings, session, window),
        ReviewersDialog(session, window),
        CrashDialog("Traceback (synthetic)\nValueError", "", window),
        PreviewDialog(Evidence(kind="other", title="Synthetic"), minimal_pdf(["page"]), window),
    ]
    for dlg in dialogs:
        qtbot.addWidget(dlg)
        _fits(dlg)
        assert dlg.width() <= SMALL.width() and dlg.height() <= SMALL.height(), type(dlg).__name__
