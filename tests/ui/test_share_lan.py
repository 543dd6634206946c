"""Share → Receive on this network… / Send to a laptop on this network… (#23 items 5 and 9), on 127.0.0.1
with two real temp vaults in one roster: the transfer runs off the GUI thread, the short code is shown large
on this screen and matches the other laptop's, Accept takes the case in and Refuse takes nothing, and the
counts are said in plain words."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.exchange import identity
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, lan, roster
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import create_vault
from parole_desktop.ui import share_lan
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import new_org
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui

FAMILY = "Désir-Synthetic"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _code_dialog() -> QDialog | None:
    found = [w for w in QApplication.allWidgets() if w.objectName() == "lanCodeDialog" and w.isVisible()]
    return found[-1] if found else None  # type: ignore[return-value]


@pytest.fixture
def org(tmp_path, paths, monkeypatch):
    """The window's vault ("Intake laptop") and a reviewer laptop holding a case with evidence, one roster."""
    monkeypatch.setattr(share_lan, "RECEIVE_PORT", 0)
    monkeypatch.setattr(share_lan, "RECEIVE_BIND", "127.0.0.1")
    mine, _ = create_vault(paths, PASSPHRASE)
    devices.rename(mine, "Intake laptop")
    other, _ = create_vault(AppPaths(tmp_path / "reviewer"), PASSPHRASE)
    devices.rename(other, "Reviewer laptop")
    key = new_org()
    r = roster.new_roster(key)
    for s in (mine, other):
        r = roster.add_device(key, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in (mine, other):
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=key.fingerprint)
    mine.close()
    case = other.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Wilnerson", family_name=FAMILY)])
    )
    other.add_evidence_bytes(int(case.id or 0), minimal_pdf(["Birth certificate"]), "birth.pdf", kind="other")
    yield other
    other.close()
    for box in _boxes():
        box.close()


@pytest.fixture
def window(qtbot, make_window, org):
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


def _families(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.family_name for row in session.list_cases(limit=50) for p in session.load_case(row.id).people]


def _listening_port(qtbot, window) -> int:  # type: ignore[no-untyped-def]
    found: list[int] = []

    def ready() -> bool:
        dlg = window.ops.dialog
        m = re.search(r"127\.0\.0\.1:(\d+)", dlg.labelText() if dlg is not None else "")
        if m:
            found.append(int(m.group(1)))
        return bool(found)

    qtbot.waitUntil(ready, timeout=10_000)
    assert "This laptop's fingerprint:" in window.ops.dialog.labelText()
    return found[0]


def _send_in_thread(session, port):  # type: ignore[no-untyped-def]
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["counts"] = lan.send(
                session,
                f"127.0.0.1:{port}",
                VaultObjects(session),
                on_code=lambda c, p: out.setdefault("code", c),
            )
        except lan.LanError as exc:
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def test_receive_shows_the_code_large_and_accept_takes_the_case_in(qtbot, window, org):
    window.act_lan_receive.trigger()
    assert window.ops.busy
    port = _listening_port(qtbot, window)
    t, out = _send_in_thread(org, port)
    qtbot.waitUntil(lambda: _code_dialog() is not None, timeout=15_000)
    dlg = _code_dialog()
    assert dlg is not None
    code_label = dlg.findChild(QLabel, "lanCode")
    assert code_label.text() == lan.show_code(str(out["code"]))
    assert code_label.font().pointSize() >= 28
    assert "“Reviewer laptop” wants to exchange" in dlg.findChild(QLabel, "lanCodeText").text()
    dlg.findChild(QPushButton, "lanAccept").click()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
    t.join(10)
    counts = out["counts"]
    assert isinstance(counts, lan.Counts) and counts.sent >= 2
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    text = _boxes()[-1].text()
    assert "Exchanged with “Reviewer laptop”." in text and f"Applied: {counts.sent}" in text
    assert FAMILY in _families(window.session)


def test_refuse_takes_nothing_and_cancel_stops_listening(qtbot, window, org):
    window.act_lan_receive.trigger()
    port = _listening_port(qtbot, window)
    t, out = _send_in_thread(org, port)
    qtbot.waitUntil(lambda: _code_dialog() is not None, timeout=15_000)
    _code_dialog().findChild(QPushButton, "lanRefuse").click()  # type: ignore[union-attr]
    t.join(30)
    assert isinstance(out.get("error"), lan.LanRefused) and "refused" in str(out["error"])
    assert window.ops.busy  # still listening
    window.ops.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
    assert FAMILY not in _families(window.session)


def test_send_shows_the_code_and_the_counts(qtbot, window, org, monkeypatch):
    codes: list[str] = []

    def confirm(code, peer):  # type: ignore[no-untyped-def]
        codes.append(code)
        return True

    rx = lan.Receiving(org, VaultObjects(org), confirm=confirm, bind="127.0.0.1", port=0, once=True)
    server = threading.Thread(target=rx.serve, daemon=True)
    server.start()
    asked: list[str] = []

    def get_text(_parent, _title, label, *a, **kw):  # type: ignore[no-untyped-def]
        asked.append(label)
        return f"127.0.0.1:{rx.address[1]}", True

    monkeypatch.setattr(share_lan.QInputDialog, "getText", get_text)
    seen: list[str] = []  # every code dialog as it is made (it may close before a poll would see it)
    made = share_lan.CodeDialog.__init__

    def record(self, *a, **kw):  # type: ignore[no-untyped-def]
        made(self, *a, **kw)
        seen.append(self.findChild(QLabel, "lanCode").text())

    monkeypatch.setattr(share_lan.CodeDialog, "__init__", record)
    window.act_lan_send.trigger()
    qtbot.waitUntil(lambda: bool(seen) or not window.ops.busy, timeout=15_000)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
    server.join(10)
    assert "53317" in asked[0]
    assert seen and seen[0] == lan.show_code(codes[0])
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    text = _boxes()[-1].text()
    assert "Exchanged with “Reviewer laptop”." in text and "Applied: " in text
    assert FAMILY in _families(window.session)  # the receiver's case came back in the same session


def test_a_bad_address_is_refused_in_plain_words(qtbot, window, monkeypatch):
    monkeypatch.setattr(share_lan.QInputDialog, "getText", lambda *a, **kw: ("laptop:99999", True))
    window.act_lan_send.trigger()
    assert not window.ops.busy
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    assert "the port must be a number from 1 to 65535" in _boxes()[-1].text()


def test_cancel_stops_a_sender_waiting_for_the_other_person(qtbot, window, org, monkeypatch):
    asked = threading.Event()
    answer = threading.Event()

    def slow_person(code, peer):  # type: ignore[no-untyped-def]
        asked.set()
        answer.wait(20)
        return False

    rx = lan.Receiving(org, VaultObjects(org), confirm=slow_person, bind="127.0.0.1", port=0)
    server = threading.Thread(target=rx.serve, daemon=True)
    server.start()
    monkeypatch.setattr(
        share_lan.QInputDialog, "getText", lambda *a, **kw: (f"127.0.0.1:{rx.address[1]}", True)
    )
    try:
        window.act_lan_send.trigger()
        qtbot.waitUntil(asked.is_set, timeout=15_000)
        window.ops.cancel()  # what the progress dialog's Cancel button does
        qtbot.waitUntil(lambda: not window.ops.busy, timeout=5_000)  # not the 5 minutes of the wait
    finally:
        answer.set()
        rx.stop()
        server.join(10)
    assert _code_dialog() is None  # the code window went with the operation
    assert FAMILY not in _families(window.session)
