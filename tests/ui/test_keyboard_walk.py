"""The whole case by keyboard alone at 1024×600 (#25): on every step Tab moves the focus on each press and
never stays in one widget (no trap: a text box hands Tab on instead of typing a tab), every widget it reaches is
scrolled into view, and no Tab from a text field lands on a button that removes something."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Person
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui

DESTRUCTIVE = ("remove", "delete")


def _visible_in_window(w: QWidget, top: QWidget) -> bool:
    """The focused widget shows at least partly inside its scroll area's viewport and the window."""
    area = w.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    rect = w.rect()
    if area is not None and area is not w:
        vp = area.viewport()
        top_left = w.mapTo(vp, rect.topLeft())
        if not vp.rect().intersects(rect.translated(top_left - rect.topLeft())):
            return False
    pos = w.mapTo(top, rect.topLeft())
    return top.rect().intersects(rect.translated(pos - rect.topLeft()))


def _inside(w: QWidget | None, top: QWidget) -> bool:
    return w is not None and (w is top or top.isAncestorOf(w))


@pytest.mark.slow
def test_every_step_by_keyboard_at_1024x600_has_no_trap(qtbot, session):
    case = session.new_case("Zumrad", "Testova")
    case.people += [
        Person(role=Role.SUPPORTER, given_name="Ana", family_name="Uno"),
        Person(role=Role.SUPPORTER, given_name="Beto", family_name="Dos"),
        Person(role=Role.FAMILY_MEMBER, given_name="Lina", family_name="Testova"),
    ]
    session.save_case(case)
    ws = shown_workspace(qtbot, session, 1024, 600)
    try:
        ws.load_case(case.id)
        for step in range(len(ws.pages)):
            ws.go_to_step(step)
            tabs = getattr(ws.pages[step], "tabs", None)
            for tab in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                ws.activateWindow()
                ws.nav.setFocus()
                # the walk starts inside this window (a window an earlier test closed can keep the app's
                # focus widget on the offscreen platform until another window is activated)
                qtbot.waitUntil(lambda: _inside(QApplication.focusWidget(), ws), timeout=2000)
                seen: list[QWidget] = []
                for _ in range(200):
                    before = QApplication.focusWidget()
                    assert before is not None, f"step {step + 1} tab {tab}: the focus left the window"
                    qtbot.keyClick(before, Qt.Key.Key_Tab)
                    now = QApplication.focusWidget()
                    where = f"step {step + 1} tab {tab}: {type(before).__name__} {before.objectName()!r}"
                    assert now is not None and now is not before, f"Tab is trapped at {where}"
                    assert _visible_in_window(now, ws), (
                        f"focus went out of view after {where} → {now.objectName()!r}"
                    )
                    text = (now.text() if isinstance(now, QPushButton) else "").lower()
                    if isinstance(before, (QLineEdit, QPlainTextEdit, QTextEdit)):
                        assert not any(d in text for d in DESTRUCTIVE), (
                            f"Tab from a field lands on {text!r} ({where})"
                        )
                    if now in seen:  # around the whole window once
                        break
                    seen.append(now)
                assert len(seen) > 3, f"step {step + 1} tab {tab}: the focus reached only {len(seen)} widgets"
    finally:
        ws.clear()
