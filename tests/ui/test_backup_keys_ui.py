"""GUI confirmations of issue #12: replacing a stranger's file with a backup and restoring another vault's
backup are asked first; key rotation and a new recovery key from the Settings dialog."""

from __future__ import annotations

import pytest

from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.ui import dialogs, tools
from parole_desktop.ui.operations import runner_for
from parole_desktop.ui.settings import SettingsDialog
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def record(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: seen.append(text))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, exc, _t="": seen.append(f"error: {exc}"))
    return seen


def _wait(qtbot, widget) -> None:
    """Until the operation started from ``widget``'s window has ended (its callbacks included)."""
    runner = runner_for(widget)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def test_backup_over_a_stranger_file_is_asked(qtbot, session, tmp_path, monkeypatch, record):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    other = tmp_path / "report.docx"
    other.write_bytes(b"someone's work")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, yes="": (asked.append(text), False)[1])
    assert tools.start_backup(parent, session, other)
    _wait(qtbot, parent)
    assert asked and "not a backup of this vault" in asked[0]
    assert other.read_bytes() == b"someone's work"
    monkeypatch.setattr(dialogs, "ask", lambda *_a, **_k: True)
    assert tools.start_backup(parent, session, other)
    _wait(qtbot, parent)
    qtbot.waitUntil(lambda: any("Backup written and verified" in t for t in record), timeout=20_000)
    assert other.read_bytes() != b"someone's work"


def test_restore_of_another_vault_is_asked(qtbot, paths, tmp_path, monkeypatch, record):
    from PySide6.QtWidgets import QWidget

    from parole_desktop.paths import AppPaths

    o, _ = create_vault(AppPaths(tmp_path / "other"), "other vault words 3")
    o.backup(tmp_path / "other.pdbackup")
    other_id = o.vault.vault_id
    o.close()
    s, _ = create_vault(paths, PASSPHRASE)
    mine = s.vault.vault_id
    s.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, yes="": (asked.append(text), False)[1])
    done: list[int] = []
    assert tools.start_restore(
        parent, paths, tmp_path / "other.pdbackup", "other vault words 3", lambda: done.append(1)
    )
    _wait(qtbot, parent)
    assert asked and other_id in asked[0] and mine in asked[0] and done == [1]
    with open_vault(paths, PASSPHRASE) as still:
        assert still.vault.vault_id == mine


def test_rotate_keys_and_recovery_from_settings(qtbot, session, settings, paths, monkeypatch, record):
    dlg = SettingsDialog(settings, session)
    qtbot.addWidget(dlg)
    old_recovery = session.recovery_key
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_a: PASSPHRASE)
    dlg.rotate_button.click()
    _wait(qtbot, dlg)
    qtbot.waitUntil(lambda: any("recovery key" in t for t in record), timeout=20_000)
    new_key = record[-1].strip().splitlines()[-1]
    assert not session.vault.rotation_pending
    monkeypatch.setattr(dialogs, "ask", lambda *_a, **_k: True)
    dlg.recovery_button.click()
    newest = record[-1].strip().splitlines()[-1]
    assert newest != new_key
    session.close()
    from parole_desktop.errors import WrongPassphrase

    for stale in (old_recovery, new_key):
        with pytest.raises(WrongPassphrase):
            open_vault(paths, recovery_key=stale)
    open_vault(paths, recovery_key=newest).close()
