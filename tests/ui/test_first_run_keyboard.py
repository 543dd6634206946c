"""The first-run screens by keyboard (#25): the recovery-key page's Tab order, Enter in the print dialog,
and a calm first-backup prompt on a brand-new vault instead of a red alarm."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from parole_desktop.services import vaultinfo

pytestmark = pytest.mark.gui


def test_recovery_page_tab_goes_written_then_continue_then_print(qtbot):
    from parole_desktop.ui.create_vault import RecoveryKeyPage

    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key("ABCD-EFGH-IJKL-MNOP")
    page.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.written)
    qtbot.keyClick(page.written, Qt.Key.Key_Space)
    assert page.continue_button.isEnabled()
    assert page.written.nextInFocusChain() is page.continue_button
    qtbot.keyClick(page.written, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.continue_button
    qtbot.keyClick(page.continue_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.print_button


def test_enter_in_the_print_dialog_prints_and_never_opens_properties(qtbot):
    pytest.importorskip("PySide6.QtPrintSupport")
    import shiboken6
    from PySide6.QtPrintSupport import QPrinter

    from parole_desktop.ui.create_vault import print_dialog

    printer = QPrinter()  # the dialog points to it: it must outlive the dialog
    dlg = print_dialog(printer, None)
    buttons = dlg.findChildren(QPushButton)
    assert not any(b.autoDefault() for b in buttons)
    (default,) = [b for b in buttons if b.isDefault()]
    props = next(b for b in buttons if b.objectName() == "properties")
    assert default is not props
    opened = []
    props.clicked.connect(lambda: opened.append(True))
    dlg.show()
    props.setFocus()
    qtbot.keyClick(props, Qt.Key.Key_Return)
    result = dlg.result()
    dlg.hide()
    shiboken6.delete(dlg)
    assert opened == [] and result == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    "last_days, created_days, want",
    [
        (None, 0, "first"),
        (None, 6, "first"),
        (None, 8, "overdue"),
        (1, 30, "ok"),
        (9, 30, "overdue"),
        (None, None, "overdue"),
    ],
)
def test_backup_reminder(last_days, created_days, want):
    now = dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC)
    last = now - dt.timedelta(days=last_days) if last_days is not None else None
    created = now - dt.timedelta(days=created_days) if created_days is not None else None
    assert vaultinfo.backup_reminder(last, created, now) == want


def test_a_new_vault_shows_a_calm_first_backup_prompt(qtbot, session, tmp_path):
    from PySide6.QtCore import QSettings

    from parole_desktop.ui.settings import SettingsDialog

    dlg = SettingsDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), session)
    qtbot.addWidget(dlg)
    text = dlg.backup_info.text()
    assert "first backup" in text and "Please make a backup now" not in text
