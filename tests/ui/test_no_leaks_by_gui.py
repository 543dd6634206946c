"""The GUI leaves no case data outside the vault: Qt's file-dialog history, a silent export folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from parole_desktop.ui import dialogs
from parole_desktop.ui.workspace.export import ExportPage

pytestmark = pytest.mark.gui


def _accept_open_dialog() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QFileDialog) and w.isVisible():
            w.accept()


def test_file_dialog_history_is_not_left_in_qtproject_conf(qtbot, tmp_path, monkeypatch):
    client_folder = tmp_path / "Zumrad Testova documents"
    client_folder.mkdir()
    real = QFileDialog.getExistingDirectory

    def qt_dialog(
        parent, title, start, options=QFileDialog.Option.ShowDirsOnly
    ):  # the widget dialog Qt writes history for
        return real(parent, title, start, options | QFileDialog.Option.DontUseNativeDialog)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(qt_dialog))
    QTimer.singleShot(300, _accept_open_dialog)
    chosen = dialogs.choose_folder(None, "Save the packet in", str(client_folder))
    assert Path(chosen) == client_folder
    conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert not conf.exists() or "Zumrad" not in conf.read_text(errors="replace")


def test_export_has_no_silent_default_folder(qtbot, session, monkeypatch):
    from parole_desktop.ui.workspace import export as export_module

    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    asked: list[str] = []
    monkeypatch.setattr(export_module.dialogs, "choose_folder", lambda *a: asked.append("asked") or "")
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.load(session.new_case("Zumrad", "Testova"))
    assert page.folder.text() == ""  # never ~/Documents behind the user's back
    page.draft.setChecked(True)
    assert page.export() is False and asked == ["asked"]  # cancelled: nothing written anywhere
