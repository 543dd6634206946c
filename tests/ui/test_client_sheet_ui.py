"""The Export step's "Client sheet…" (issue #24): a language picker, the catalog's state shown, the sheet
made off the GUI thread, the file written where the step saves and the place reported."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from parole_desktop.services import case_json
from tests.conftest import FIXTURES

pytestmark = pytest.mark.gui


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def page(qtbot: Any, session: Any) -> Any:
    from parole_desktop.ui.workspace.export import ExportPage

    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    case = session.save_case(case)
    p = ExportPage(session)
    qtbot.addWidget(p)
    p.show()
    p.load(case)
    return p


def test_the_button_writes_the_sheet_in_the_chosen_language_and_reports_where(
    qtbot: Any, page: Any, session: Any, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    page.folder.setText(str(usb))
    combo = page.sheet_language
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "es", "fa_AF", "ps", "ar", "uk", "ht"]
    assert "Dari" in combo.itemText(2) and "دری" in combo.itemText(2)
    combo.setCurrentIndex(combo.findData("fa_AF"))
    note = page.sheet_note.text()
    assert "Dari: 95 of 95 texts translated, 0 reviewed" in note and "not yet reviewed" in note
    with qtbot.waitSignal(page.sheetExported, timeout=60_000) as blocker:
        qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    written = list(usb.glob("client-sheet-*-fa_AF-*.pdf"))
    assert len(written) == 1 and Path(result.path) == written[0]
    shown = page.sheet_result.text()
    assert "Client sheet saved:" in shown and written[0].name in shown and "document(s) still needed" in shown
    assert page.sheet_button.isEnabled()
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True).stdout
    assert "Farzana" in text and "Karimi" not in text and "اسنادی" in text
    audit = [e for e in session.vault.audit.entries() if e.action == "export"]
    assert audit and "client_sheet=fa_AF" in audit[-1].detail


def test_without_a_folder_it_asks_and_writes_nothing_when_the_choice_is_cancelled(
    qtbot: Any, page: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parole_desktop.ui import dialogs

    page.folder.setText("")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "choose_folder", lambda _p, title, _start: asked.append(title) or "")
    assert not page.export_client_sheet()
    assert asked == ["Save the client sheet in"] and page.sheet_result.text() == ""


def test_a_folder_that_is_gone_says_why_and_writes_nothing(qtbot: Any, page: Any, tmp_path: Path) -> None:
    page.folder.setText(str(tmp_path / "unplugged"))
    page.sheet_language.setCurrentIndex(page.sheet_language.findData("es"))
    assert page.export_client_sheet()
    qtbot.waitUntil(lambda: bool(page.sheet_error), timeout=30_000)
    assert "does not exist" in page.sheet_error and page.sheet_result.text() == ""
    qtbot.waitUntil(lambda: any("does not exist" in b.text() for b in boxes()), timeout=5000)
    assert not (tmp_path / "unplugged").exists()
    for box in boxes():
        box.close()
