"""Settings and tools from the GUI: backup (an operation), restore, reviewers, auto-lock, pack, audit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from parole_desktop.services import signoff
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.store.backup import verify_backup_file
from parole_desktop.ui import dialogs
from parole_desktop.ui.reviewers import ReviewersDialog
from parole_desktop.ui.settings import AUTO_LOCK_KEY, SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_boxes() -> None:
    for box in message_boxes():
        box.close()


@pytest.fixture
def unlocked(qtbot, make_window, paths):
    session, _ = create_vault(paths, PASSPHRASE)
    session.new_case("Quillon", "Brexmoor")
    session.close()
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    yield window
    close_boxes()


def test_backup_from_the_gui_writes_a_verified_file(qtbot, unlocked, tmp_path, monkeypatch):
    window = unlocked
    dest = tmp_path / "usb" / "vault.pdbackup"
    dest.parent.mkdir()
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(dest))
    assert "No backup yet" in window.status_backup.text() and "bold" not in window.status_backup.styleSheet()
    window.act_backup.trigger()
    assert window.ops.busy  # one operation of the window, with its progress dialog
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
    assert dest.is_file()
    manifest = verify_backup_file(dest, passphrase=PASSPHRASE)
    assert manifest["counts"]["cases"] == 1
    boxes = message_boxes()
    assert boxes and "verified" in boxes[-1].text()
    assert "Last backup" in window.status_backup.text()
    assert "no backup" not in window.status_backup.text()


def test_backup_to_missing_folder_is_a_plain_message(qtbot, unlocked, tmp_path, monkeypatch):
    window = unlocked
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "gone" / "x.pdbackup"))
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=2000)
    assert "does not exist" in message_boxes()[-1].text()


def test_restore_from_the_gui(qtbot, unlocked, tmp_path, monkeypatch, paths):
    window = unlocked
    dest = tmp_path / "b.pdbackup"
    window.session.backup(dest)
    window.session.new_case("Yelzhan", "Tarkovic")  # made after the backup: gone after restoring
    monkeypatch.setattr(dialogs, "open_file", lambda *a: str(dest))
    monkeypatch.setattr(dialogs, "ask_secret", lambda *a: PASSPHRASE)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    window.act_restore.trigger()
    assert window.session is None
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
    assert window.lock_screen.currentWidget() is window.lock_screen.unlock_page
    assert any("kept aside" in b.text() for b in message_boxes())
    with open_vault(paths, PASSPHRASE) as s:
        assert s.count_cases() == 1
    assert list(paths.data.glob("vault.before-restore-*"))


def test_reviewer_profile_creation(qtbot, session):
    dlg = ReviewersDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name, "Dana Okafor")
    dlg.role.setCurrentIndex(dlg.role.findData("attorney"))
    qtbot.keyClicks(dlg.number, "NY-123456")
    qtbot.keyClicks(dlg.organization, "Harbor Legal Aid")
    qtbot.keyClicks(dlg.pass1, "reviewer secret words")
    qtbot.keyClicks(dlg.pass2, "reviewer secret words")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=15_000)
    [prof] = signoff.reviewers(session)
    assert (prof.name, str(prof.role), prof.number, prof.organization) == (
        "Dana Okafor",
        "attorney",
        "NY-123456",
        "Harbor Legal Aid",
    )
    assert "Dana Okafor" in dlg.list.item(0).text()
    assert dlg.name.text() == "" and dlg.pass1.text() == ""


def test_reviewer_needs_matching_passphrases(qtbot, session):
    dlg = ReviewersDialog(session)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.name, "Sam Lee")
    qtbot.keyClicks(dlg.pass1, "reviewer secret words")
    qtbot.keyClicks(dlg.pass2, "something else entirely")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert not dlg.error.isHidden()
    assert signoff.reviewers(session) == []


def test_reviewer_error_from_service_is_shown(qtbot, session):
    dlg = ReviewersDialog(session)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.name, "No Number")
    dlg.role.setCurrentIndex(dlg.role.findData("attorney"))
    qtbot.keyClicks(dlg.pass1, "reviewer secret words")
    qtbot.keyClicks(dlg.pass2, "reviewer secret words")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.error.isHidden(), timeout=10_000)
    assert "bar number" in dlg.error.text()


def test_settings_auto_lock_minutes(qtbot, unlocked, settings):
    window = unlocked
    dlg = SettingsDialog(settings, window.session, window)
    dlg.auto_lock_changed.connect(window.set_auto_lock_minutes)
    assert dlg.auto_lock.value() == 10
    assert "never been backed up" in dlg.backup_info.text()
    dlg.auto_lock.setValue(3)
    dlg._save()
    assert int(settings.value(AUTO_LOCK_KEY)) == 3
    assert window.idle.timeout_ms == 180_000


def test_rules_pack_refusal_is_explained(qtbot, unlocked, tmp_path, monkeypatch):
    bogus = tmp_path / "pack.json"
    bogus.write_text('{"not": "a pack"}', encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_file", lambda *a: str(bogus))
    unlocked.act_pack.trigger()
    boxes = message_boxes()
    assert boxes and "not imported" in boxes[-1].text()


def test_audit_verify_and_about(qtbot, unlocked):
    unlocked.act_audit.trigger()
    assert any("intact" in b.text() for b in message_boxes())
    close_boxes()
    unlocked.act_about.trigger()
    text = message_boxes()[-1].text()
    assert "Rules pack" in text and str(unlocked.paths.data) in text
