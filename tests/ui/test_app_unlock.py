"""First run and unlock through the real widgets: create vault, recovery key, wrong passphrase, recovery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from parole_desktop.services.session import create_vault, open_vault, vault_exists
from parole_desktop.ui.unlock import retry_delay
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui


def test_create_vault_through_the_widgets(qtbot, make_window, paths):
    window = make_window()
    window.show()
    page = window.lock_screen.create_page
    assert window.lock_screen.currentWidget() is page
    qtbot.keyClicks(page.passphrase, "short")
    assert "Too short" in page.hint.text()
    assert not page.create_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    assert page.strength.value() >= 2
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    assert vault_exists(paths)
    rec = window.lock_screen.recovery_page
    assert window.lock_screen.currentWidget() is rec
    key = rec.key_label.text()
    assert key.count("-") >= 3
    assert not rec.continue_button.isEnabled()
    rec.written.click()
    assert rec.continue_button.isEnabled()
    qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)

    assert window.session is not None
    assert window.stack.currentWidget() is window.pages
    assert window.pages.currentWidget() is window.case_list
    assert window.case_list.isVisible()
    assert rec.key_label.text() == ""  # shown once
    # the recovery key shown really opens the vault
    window.lock()
    open_vault(paths, recovery_key=key).close()


def test_wrong_passphrase_shows_message_and_waits(qtbot, make_window, paths):
    create_vault(paths, PASSPHRASE)[0].close()
    window = make_window()
    window.show()
    page = window.lock_screen.unlock_page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert page.error.isVisible()
    assert "Wrong passphrase" in page.error.text()
    assert not page.unlock_button.isEnabled()
    assert "1 s" in page.unlock_button.text()
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=3000)
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "still wrong")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.failures == 2
    assert "2 s" in page.error.text()
    assert [retry_delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]


def test_unlock_with_passphrase(qtbot, make_window, paths):
    create_vault(paths, PASSPHRASE)[0].close()
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    assert window.case_list.isVisible()
    assert "Rules" in window.status_pack.text()
    assert "backup" in window.status_backup.text().lower()


def test_unlock_with_recovery_key_sets_new_passphrase(qtbot, make_window, paths):
    session, recovery = create_vault(paths, PASSPHRASE)
    session.close()
    window = make_window()
    window.show()
    window.lock_screen.unlock_page.use_recovery.emit()
    page = window.lock_screen.recover_page
    assert window.lock_screen.currentWidget() is page
    qtbot.keyClicks(page.key, recovery)
    qtbot.keyClicks(page.new1, "a brand new passphrase")
    qtbot.keyClicks(page.new2, "a brand new passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    window.lock()
    open_vault(paths, "a brand new passphrase").close()


def test_bad_recovery_key_is_refused(qtbot, make_window, paths):
    create_vault(paths, PASSPHRASE)[0].close()
    window = make_window()
    window.lock_screen.unlock_page.use_recovery.emit()
    page = window.lock_screen.recover_page
    qtbot.keyClicks(page.key, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    qtbot.keyClicks(page.new1, "a brand new passphrase")
    qtbot.keyClicks(page.new2, "a brand new passphrase")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert not page.error.isHidden()


@pytest.mark.slow
def test_demo_vault_shows_its_published_passphrase(qtbot, settings, paths):
    from parole_desktop.app import DEMO_PASSPHRASE, create_demo_vault
    from parole_desktop.ui.main_window import MainWindow

    assert create_demo_vault(paths, n_cases=2)  # in the demo's own folder
    window = MainWindow(paths.for_demo(), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.lock_screen.unlock_page
    assert page.demo_hint.isVisible() and DEMO_PASSPHRASE in page.demo_hint.text()
    qtbot.keyClicks(page.passphrase, DEMO_PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    window.lock()
    window.idle.detach()


def test_real_vault_shows_no_demo_hint(qtbot, make_window, paths):
    create_vault(paths, PASSPHRASE)[0].close()
    window = make_window()
    window.show()
    assert not window.lock_screen.unlock_page.demo_hint.isVisible()
