"""The hub in the app (#23 item 9): Settings → Organization hub keeps the address and the site's user name in
the vault and the password in the keyring; Share → Exchange with the hub sends then receives off the GUI
thread, says the result in plain words, refreshes the case list, counts the cases left in conflict in the
status bar (a click opens the case at its conflict table), stops on Cancel keeping what it took, and says a
hub that cannot be reached, refuses the credentials or was never set up in one sentence each. Two real
vaults of one roster, through pouchdb-server; the credentials never reach the log file."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from parole_desktop.exchange import hub as hub_client
from parole_desktop.logsetup import RotatingLog
from parole_desktop.paths import AppPaths
from parole_desktop.services import exchange, hub
from parole_desktop.services.session import Session
from parole_desktop.ui import dialogs
from parole_desktop.ui.settings import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.exchange.laptops import laptops
from tests.hub import server
from tests.hub.fixtures import SITE, HubDb, hubdb, pouchdb
from tests.hub.keyrings import MemoryKeyring, memory_keyring
from tests.ui.conftest import unlock

__all__ = ["hubdb", "memory_keyring", "pouchdb"]

pytestmark = pytest.mark.gui


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _close_boxes() -> None:
    for box in _boxes():
        box.close()


@pytest.fixture(autouse=True)
def _no_hub_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (hub.ENV_USER, hub.ENV_PASSWORD):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def laptop_b(tmp_path: Path, paths: AppPaths):
    """Two vaults of one roster: the window's (``paths``, laptop A, closed for the window to unlock) and
    laptop B, open for the test."""
    assert paths.data.parent == tmp_path
    _org, (a, b) = laptops(tmp_path, (paths.data.name, "laptop-b"))
    a.close()
    yield b
    b.close()
    _close_boxes()


@pytest.fixture
def window(qtbot, make_window, laptop_b):
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


def _wait(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    box = _boxes()[-1]
    return box


def _exchange(qtbot, window) -> str:
    window.act_hub_exchange.trigger()
    box = _wait(qtbot, window)
    text = box.text()
    box.close()
    return text


def _case_names(window) -> list[str]:
    model = window.case_list.model
    return sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))


def test_the_share_menu_has_the_hub_enabled_only_when_unlocked(qtbot, make_window, laptop_b):
    w = make_window()
    w.show()
    assert [a.text() for a in w.share_menu.actions()][-4:-2] == ["", "Exchange with the &hub"]
    assert not w.act_hub_exchange.isEnabled()
    unlock(qtbot, w, PASSPHRASE)
    assert w.act_hub_exchange.isEnabled()


def test_settings_keep_the_hub_in_the_vault_and_the_password_in_the_keyring(
    qtbot, window, memory_keyring: MemoryKeyring, monkeypatch, settings
):
    session = window.session
    dlg = SettingsDialog(window.settings, session, window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.hub_url.text() == "" and dlg.hub_user.text() == ""
    # an http address to another machine: refused in the client's words, nothing saved, the dialog stays
    dlg.hub_url.setText("http://192.0.2.7:5984/parole")
    dlg.hub_user.setText("site-one")
    dlg._save()
    box = _boxes()[-1]
    assert "must be reached over https" in box.text()
    box.close()
    assert dlg.isVisible() and hub.settings(session) == hub.HubSettings()
    # the password: asked in a prompt (never a visible field), kept under the client's service name
    dlg.hub_url.setText("https://hub.example.org/parole")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_secret", lambda _p, _t, label: asked.append(label) or SITE[1])
    qtbot.mouseClick(dlg.hub_password_button, Qt.MouseButton.LeftButton)
    box = _boxes()[-1]
    assert "is kept in this computer's keyring" in box.text() and SITE[1] not in box.text()
    box.close()
    assert asked == ["The password of hub user “site-one”:"]
    assert memory_keyring.kept == {("parole-desktop hub https://hub.example.org", "site-one"): SITE[1]}
    # the address and the user name were kept in the vault when the password was saved, and by Save
    assert hub.settings(session) == hub.HubSettings("https://hub.example.org/parole", "site-one")
    dlg.hub_user.setText("site-two")
    dlg._save()
    assert not dlg.isVisible()
    assert hub.settings(session) == hub.HubSettings("https://hub.example.org/parole", "site-two")
    window.settings.sync()
    ini = Path(window.settings.fileName())
    assert not ini.exists() or "hub.example.org" not in ini.read_text(errors="replace")
    assert all("hub" not in k.lower() for k in window.settings.allKeys())


def test_the_password_prompt_never_shows_the_password(qtbot, window, memory_keyring: MemoryKeyring):
    dlg = SettingsDialog(window.settings, window.session, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.hub_url.setText("https://hub.example.org/parole")
    dlg.hub_user.setText("site-one")
    seen: dict[str, object] = {}

    def answer() -> None:  # the real prompt, typed into as a person would
        prompts = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
        if not prompts:
            QTimer.singleShot(50, answer)
            return
        edit = prompts[0].findChild(QLineEdit)
        qtbot.keyClicks(edit, SITE[1])
        seen["echo"], seen["shown"] = edit.echoMode(), edit.displayText()
        prompts[0].accept()

    QTimer.singleShot(50, answer)
    qtbot.mouseClick(dlg.hub_password_button, Qt.MouseButton.LeftButton)
    assert seen["echo"] == QLineEdit.EchoMode.Password
    assert SITE[1] not in str(seen["shown"]) and len(str(seen["shown"])) == len(SITE[1])
    assert memory_keyring.kept == {("parole-desktop hub https://hub.example.org", "site-one"): SITE[1]}


def test_without_a_keyring_settings_say_to_use_the_environment(qtbot, window, monkeypatch):
    dlg = SettingsDialog(window.settings, window.session, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.hub_url.setText("https://hub.example.org/parole")
    dlg.hub_user.setText("site-one")
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_a: SITE[1])
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        qtbot.mouseClick(dlg.hub_password_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(before)
    box = _boxes()[-1]
    assert "no keyring" in box.text() and "Nothing was saved" in box.text()
    assert "PAROLE_HUB_USER" in box.text() and "PAROLE_HUB_PASSWORD" in box.text()
    box.close()
    # without an address, the button says what to give first
    dlg.hub_url.setText("")
    dlg.hub_user.setText("")
    qtbot.mouseClick(dlg.hub_password_button, Qt.MouseButton.LeftButton)
    box = _boxes()[-1]
    assert "Give the hub's address and the site's user name first." in box.text()


def test_a_case_goes_from_b_to_a_and_back_through_the_hub_by_the_menu(
    qtbot, window, laptop_b: Session, hubdb: HubDb, monkeypatch
):
    monkeypatch.setenv(hub.ENV_PASSWORD, SITE[1])
    b = laptop_b
    for s in (window.session, b):
        hub.configure(s, hubdb.url.url, SITE[0])
    c = b.new_case("Farishta", "Rahimi")
    c.statement = "Synthetic statement from laptop B."
    b.save_case(c)
    mine = window.session.new_case("Yusuf", "Karimi")
    window.session.save_case(mine)
    assert hub.exchange(b).sent == 2
    text = _exchange(qtbot, window)
    assert text.startswith("Sent to the hub: 1\n")  # A's case: one revision
    assert "Applied: 2" in text and "Already here: 1" in text and "Kept aside (quarantined): 0" in text
    assert _case_names(window) == ["Farishta Rahimi", "Yusuf Karimi"]  # the list was refreshed
    assert not window.status_conflicts.isVisible()
    got = hub.exchange(b)
    assert got.applied == 1
    assert sorted(r.beneficiary for r in b.list_cases()) == ["Farishta Rahimi", "Yusuf Karimi"]
    # the same field changed on both laptops: after the exchange, the status bar counts the case
    (arrived,) = [r.id for r in window.session.list_cases() if r.beneficiary == "Farishta Rahimi"]
    here = window.session.load_case(arrived)
    here.statement = "Changed on laptop A."
    window.session.save_case(here)
    there = b.load_case(next(r.id for r in b.list_cases() if r.beneficiary == "Farishta Rahimi"))
    there.statement = "Changed on laptop B."
    b.save_case(there)
    hub.exchange(b)
    text = _exchange(qtbot, window)
    assert "Cases with fields changed differently on two laptops: 1." in text
    assert window.status_conflicts.isVisible()
    assert window.status_conflicts.text() == "Conflicts: 1 case"
    model = window.case_list.model
    badges = [
        model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())
    ]
    assert any("⚠ conflict" in str(t) for t in badges)
    qtbot.mouseClick(window.status_conflicts, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.workspace
    panel = window.workspace.conflicts
    assert panel.isVisible() and panel.paths == ["case.statement"]
    assert panel.table.item(0, 2).text() == "Changed on laptop A."
    assert panel.table.item(0, 3).text() == "Changed on laptop B."
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.buttons["theirs"], Qt.MouseButton.LeftButton)
    assert exchange.conflicts(window.session) == []
    window.show_case_list()
    assert not window.status_conflicts.isVisible()  # settled: the count is gone with the list refreshed


def test_several_cases_in_conflict_are_offered_by_name(
    qtbot, window, laptop_b: Session, hubdb: HubDb, monkeypatch
):
    monkeypatch.setenv(hub.ENV_PASSWORD, SITE[1])
    b = laptop_b
    for s in (window.session, b):
        hub.configure(s, hubdb.url.url, SITE[0])
    for given in ("Amina", "Bashir"):
        b.save_case(b.new_case(given, "Noori"))
    hub.exchange(b)
    _exchange(qtbot, window)
    for s, text in ((window.session, "from A"), (b, "from B")):
        for row in s.list_cases():
            case = s.load_case(row.id)
            case.statement = f"Synthetic statement {text}."
            s.save_case(case)
    hub.exchange(b)
    _exchange(qtbot, window)
    assert window.status_conflicts.text() == "Conflicts: 2 cases"
    names = [a.text() for a in window.conflict_menu.actions()]
    assert sorted(names) == ["Amina Noori", "Bashir Noori"]
    (bashir,) = [a for a in window.conflict_menu.actions() if a.text() == "Bashir Noori"]
    bashir.trigger()
    assert window.workspace.case.beneficiary_name == "Bashir Noori"
    assert window.workspace.conflicts.isVisible()


def test_cancel_mid_way_keeps_what_was_taken_and_a_rerun_finishes(
    qtbot, window, laptop_b: Session, hubdb: HubDb, monkeypatch
):
    monkeypatch.setenv(hub.ENV_PASSWORD, SITE[1])
    b = laptop_b
    for s in (window.session, b):
        hub.configure(s, hubdb.url.url, SITE[0])
    for i in range(8):
        b.save_case(b.new_case(f"Synthetic{i}", "Person"))
    assert hub.exchange(b).sent == 8
    monkeypatch.setattr(hub_client, "BATCH_COUNT", 2)  # a pull of four batches
    real = hub.exchange

    def slow(session, *, progress=None, cancelled=None, **kw):  # type: ignore[no-untyped-def]
        def report(phase, done, total):  # type: ignore[no-untyped-def]
            if phase == "pull":
                time.sleep(0.3)  # a slow network
            progress(phase, done, total)

        return real(session, progress=report, cancelled=cancelled, **kw)

    monkeypatch.setattr(hub, "exchange", slow)
    window.act_hub_exchange.trigger()

    def received_some() -> bool:  # read off the progress dialog, not the session the worker is using
        dlg = window.ops.dialog
        text = dlg.labelText() if dlg is not None else ""
        return text.startswith("Receiving the other laptops' work: ") and int(text.rsplit(" ", 1)[1]) >= 2

    qtbot.waitUntil(received_some, timeout=20_000)
    window.ops.cancel()  # what the progress dialog's Cancel button does
    box = _wait(qtbot, window)
    assert "Cancelled. What was already sent or received is kept" in box.text()
    box.close()
    kept = len(window.session.list_cases())
    assert 1 <= kept < 8
    assert len(_case_names(window)) == kept  # the list shows what was taken
    monkeypatch.setattr(hub, "exchange", real)
    text = _exchange(qtbot, window)
    assert f"Applied: {8 - kept}" in text
    assert len(window.session.list_cases()) == 8 and len(_case_names(window)) == 8


def _fast(monkeypatch) -> None:
    monkeypatch.setattr(
        hub, "_client_for", lambda where, cred: hub_client.HubClient(where, cred, backoff=0.0, timeout=5.0)
    )


def test_each_hub_refusal_is_one_plain_sentence(qtbot, window, hubdb: HubDb, monkeypatch):
    session = window.session
    text = _exchange(qtbot, window)
    assert text.startswith("No organization hub is set up on this laptop")
    hub.configure(session, hubdb.url.url, SITE[0])
    monkeypatch.setattr(hub_client, "_keyring_get", lambda _s, _u: None)
    assert _exchange(qtbot, window).startswith("There is no password for the hub on this laptop")
    monkeypatch.setenv(hub.ENV_PASSWORD, "not the synthetic password")
    assert _exchange(qtbot, window).startswith("The hub refused the user name or password")
    monkeypatch.setenv(hub.ENV_PASSWORD, SITE[1])
    hub.configure(session, f"{hubdb.server.url}/parole-never-made", SITE[0])
    assert _exchange(qtbot, window).startswith("The hub is not set up for Parole Desktop yet")
    _fast(monkeypatch)
    hub.configure(session, f"http://127.0.0.1:{server.free_port()}/parole", SITE[0])
    assert _exchange(qtbot, window).startswith("The hub cannot be reached")
    assert session.list_cases() == []


def test_credentials_never_reach_the_log(
    qtbot, window, laptop_b, hubdb: HubDb, memory_keyring, monkeypatch, tmp_path
):
    logs = tmp_path / "logs"
    logs.mkdir()
    handler = RotatingLog(logs / "parole-desktop.log", max_bytes=10_000_000, backups=1)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # httpx and httpcore at their most talkative
    try:
        session = window.session
        session.save_case(session.new_case("Farishta", "Rahimi"))
        dlg = SettingsDialog(window.settings, session, window)
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.hub_url.setText(hubdb.url.url)
        dlg.hub_user.setText(SITE[0])
        monkeypatch.setattr(dialogs, "ask_secret", lambda *_a: SITE[1])
        qtbot.mouseClick(dlg.hub_password_button, Qt.MouseButton.LeftButton)
        _close_boxes()
        dlg._save()
        assert "Sent to the hub: 1" in _exchange(qtbot, window)  # the password came from the keyring
        monkeypatch.setenv(hub.ENV_PASSWORD, "wrong synthetic secret 5Zp")
        assert "refused" in _exchange(qtbot, window)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()
    text = (logs / "parole-desktop.log").read_text(encoding="utf-8", errors="replace")
    assert "hub exchange: sent 1" in text and "kept in the OS keyring" in text  # the log was written
    for secret in (SITE[1], "wrong synthetic secret 5Zp", "synthetic site password", "Basic "):
        assert secret not in text
    import base64

    for pw in (SITE[1], "wrong synthetic secret 5Zp"):
        assert base64.b64encode(f"{SITE[0]}:{pw}".encode()).decode() not in text
