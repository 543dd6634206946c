"""The main window: open/back, shortcuts, auto-lock wipes every widget, close saves pending edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from parole_desktop.services.session import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import FakeClock, StandInWorkspace, unlock

pytestmark = pytest.mark.gui

SYNTHETIC = [("Zarmina", "Wardakova"), ("Quillon", "Brexmoor"), ("Yelzhan", "Tarkovic")]


@pytest.fixture
def vault_with_cases(paths):
    session, _ = create_vault(paths, PASSPHRASE)
    ids = [session.new_case(g, f).id for g, f in SYNTHETIC]
    session.close()
    return ids


def model_texts(m, parent, depth=0) -> list[str]:
    out: list[str] = []
    try:
        cols = m.columnCount(parent)
    except TypeError:  # list models hide columnCount
        cols = 1
    for r in range(min(m.rowCount(parent), 500)):
        for c in range(cols):
            index = m.index(r, c, parent)
            out.append(str(m.data(index) or ""))
            out.append(str(m.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
            if c == 0 and depth < 3:
                out += model_texts(m, index, depth + 1)
    return out


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text any widget under ``root`` (and any top-level window) could show."""
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in widgets:
        if isinstance(w, QLabel | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            out += model_texts(w.model(), QModelIndex())
        out.append(w.windowTitle())
        out.append(w.toolTip())
    return out


@pytest.mark.slow
def test_open_case_and_back(qtbot, make_window, vault_with_cases):
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    assert window.case_list.model.rowCount() == 3
    table = window.case_list.table
    table.setFocus()
    table.setCurrentIndex(window.case_list.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace
    assert window.settings.value("session/lastCase") is not None
    window.act_back.trigger()
    assert window.pages.currentWidget() is window.case_list
    window.activateWindow()
    qtbot.waitActive(window)
    window.act_find.trigger()
    qtbot.waitUntil(window.case_list.search.hasFocus, timeout=2000)


@pytest.mark.slow
def test_auto_lock_wipes_every_widget(qtbot, make_window, vault_with_cases, paths):
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(vault_with_cases[0])
    window.show_case_list()
    qtbot.keyClicks(window.case_list.search, "Zarm")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=2000)
    window.open_case(vault_with_cases[0])
    joined = "\n".join(visible_texts(window))
    assert "Zarmina" in joined  # the check below would catch it

    clock = FakeClock()
    window.idle.clock = clock
    window.set_auto_lock_minutes(1)
    window.idle.start()
    clock.advance(61)
    window.idle.check()  # what the timer does when the minute is up
    assert window.session is None

    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.currentWidget() is window.lock_screen.unlock_page
    assert window.lock_screen.unlock_page.isVisible()
    texts = "\n".join(visible_texts(window))
    for given, family in SYNTHETIC:
        assert given not in texts and family not in texts
        assert given.lower()[:4] not in texts.lower()
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.model.loaded_rows() == []
    # unlock again: back where we were
    unlock(qtbot, window, PASSPHRASE)
    assert window.pages.currentWidget() is window.workspace


def test_input_postpones_auto_lock(qtbot, make_window, vault_with_cases):
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    clock = FakeClock()
    window.idle.clock = clock
    window.set_auto_lock_minutes(1)
    window.idle.start()
    for _ in range(6):  # a key every 50 s: six minutes of use, never a full minute idle
        clock.advance(50)
        window.idle.check()
        qtbot.keyClick(window.case_list.search, Qt.Key.Key_A)
    assert window.session is not None
    clock.advance(59)
    window.idle.check()
    assert window.session is not None  # 59 s after the last key
    clock.advance(1)
    window.idle.check()
    assert window.session is None
    assert "Locked after 1 minute without use." in window.statusBar().currentMessage()


def test_idle_timer_fires_on_its_own(qtbot, make_window, vault_with_cases):
    """The real timer drives check(): with the real clock, a short timeout locks without any call."""
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.session is None, timeout=10_000)


def test_close_saves_pending_edits(qtbot, make_window, vault_with_cases, paths):
    window = make_window(StandInWorkspace)  # the shell's part: flush on close, whatever the workspace
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(vault_with_cases[1])
    ws = window.workspace
    ws.name.setText("Quillian")
    assert ws.has_pending_edits()
    window.close()
    assert window.session is None
    with open_vault(paths, PASSPHRASE) as s:
        assert s.load_case(vault_with_cases[1]).beneficiary.given_name == "Quillian"


def test_geometry_is_remembered(qtbot, make_window, vault_with_cases, settings):
    window = make_window()
    window.resize(800, 520)
    window.show()
    window.close()
    assert settings.value("window/geometry") is not None
    again = make_window()
    assert again.size().height() == 520
