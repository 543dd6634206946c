"""The Share menu (#23 items 4 and 9): Export bundle… and Import bundle… run off the GUI thread, with their
result in plain words and a refusal in the service's sentence; the file written is a bundle the other
laptop imports, and what an import took is in this laptop's store."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome, SealedObject
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles, devices, roster
from parole_desktop.services.session import create_vault
from parole_desktop.ui import dialogs
from tests.conftest import PASSPHRASE
from tests.exchange.memstore import MemoryStore
from tests.services.roster_helpers import new_org
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _close_boxes() -> None:
    for box in _boxes():
        box.close()


@pytest.fixture
def org(tmp_path, paths, monkeypatch):
    """The window's vault ("Intake laptop", holding three sealed objects) and a reviewer laptop, both in one
    roster; each vault's object store is an in-memory one kept for the test, by device id."""
    stores: dict[str, MemoryStore] = {}
    monkeypatch.setattr(
        bundles, "vault_store", lambda s: stores.setdefault(devices.device_info(s).device_id, MemoryStore())
    )
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
    store = bundles.vault_store(mine)
    for i in range(3):
        store.receive(SealedObject(devices.seal_for_org(mine, f"revision {i}".encode(), context="revision")))
    mine_id = devices.device_info(mine).device_id
    mine.close()
    yield other, stores, mine_id
    other.close()
    _close_boxes()


@pytest.fixture
def window(qtbot, make_window, org):
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


def _wait(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    return _boxes()[-1]


def test_the_share_menu_holds_both_actions_enabled_only_when_unlocked(qtbot, make_window, org):
    w = make_window()
    w.show()
    assert w.share_menu.title() == "&Share"
    assert [a.text() for a in w.share_menu.actions()] == [
        "&Export bundle…",
        "&Import bundle…",
        "",
        "&Receive on this network…",
        "&Send to a laptop on this network…",
        "",
        "Exchange with the &hub",
        "",
        "Received but &not applied…",
    ]
    assert not w.act_export_bundle.isEnabled() and not w.act_import_bundle.isEnabled()
    assert not w.act_lan_receive.isEnabled() and not w.act_lan_send.isEnabled()
    assert not w.act_not_applied.isEnabled()
    unlock(qtbot, w, PASSPHRASE)
    assert w.act_not_applied.isEnabled()
    assert w.act_export_bundle.isEnabled() and w.act_import_bundle.isEnabled()
    assert w.act_lan_receive.isEnabled() and w.act_lan_send.isEnabled()


def test_export_writes_a_bundle_the_other_laptop_imports(qtbot, window, org, tmp_path, monkeypatch):
    other, stores, mine_id = org
    dest = tmp_path / "usb" / "intake"
    dest.parent.mkdir()
    asked: list[str] = []

    def save_file(_parent, _title, suggested, _filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(dest)

    monkeypatch.setattr(dialogs, "save_file", save_file)
    window.act_export_bundle.trigger()
    assert window.ops.busy
    box = _wait(qtbot, window)
    assert asked[0].startswith("intake-laptop-") and asked[0].endswith(".pdbundle")
    written = dest.with_name("intake.pdbundle")  # the suffix added to a name typed without one
    assert written.is_file()
    assert "Bundle number 1 for Reviewer laptop written to" in box.text() and "3 sealed objects" in box.text()
    got = bundles.import_bundle(other, written, bundles.vault_store(other))
    assert got.applied == 3 and got.sender == "Intake laptop"
    assert bundles.vault_store(other).order == stores[mine_id].order


def test_import_shows_what_it_took_and_a_refusal_in_plain_words(qtbot, window, org, tmp_path, monkeypatch):
    other, stores, mine_id = org
    back = bundles.vault_store(other)
    back.receive(
        SealedObject(devices.seal_for_org(other, b"signed off on the reviewer laptop", context="signoff"))
    )
    path = tmp_path / "from-reviewer.pdbundle"
    bundles.export_bundle(other, path, back)
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(path))
    window.act_import_bundle.trigger()
    box = _wait(qtbot, window)
    assert "Bundle number 1 from “Reviewer laptop” imported." in box.text()
    assert "Applied: 1" in box.text() and "Kept aside (quarantined): 0" in box.text()
    assert [r.outcome for r in stores[mine_id].received[-1:]] == [Outcome.APPLIED]
    assert len(stores[mine_id].order) == 4
    box.close()
    # the same bundle again: refused, said plainly, nothing taken
    window.act_import_bundle.trigger()
    box = _wait(qtbot, window)
    assert "already imported on" in box.text() and "nothing changed" in box.text()
    assert len(stores[mine_id].order) == 4
    box.close()
    junk = tmp_path / "notes.pdbundle"
    junk.write_bytes(b"shopping list")
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(junk))
    window.act_import_bundle.trigger()
    box = _wait(qtbot, window)
    assert "not a Parole Desktop bundle" in box.text()


def test_a_cancelled_export_leaves_no_file(qtbot, window, org, tmp_path, monkeypatch):
    _other, stores, mine_id = org
    store = stores[mine_id]
    for i in range(400):  # enough work for Cancel to land while it runs
        store.receive(SealedObject(b"x" * 20_000 + str(i).encode()))
    dest = tmp_path / "cancel.pdbundle"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(dest))
    real = bundles.export_bundle

    def slow(*a, progress=None, cancelled=None, **kw):  # type: ignore[no-untyped-def]
        def report(done, total, label):  # type: ignore[no-untyped-def]
            time.sleep(0.1)  # a slow stick
            progress(done, total, label)

        return real(*a, progress=report, cancelled=cancelled, **kw)

    monkeypatch.setattr(bundles, "export_bundle", slow)
    window.act_export_bundle.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=10_000,
    )
    window.ops.cancel()  # what the progress dialog's Cancel button does
    box = _wait(qtbot, window)
    assert "no bundle was written" in box.text()
    assert not dest.exists() and list(tmp_path.glob(".cancel.pdbundle.partial-*")) == []


def test_a_cancelled_import_keeps_what_it_took_and_importing_again_finishes(
    qtbot, window, org, tmp_path, monkeypatch
):
    other, stores, mine_id = org
    back = bundles.vault_store(other)
    for i in range(60):
        back.receive(
            SealedObject(devices.seal_for_org(other, f"reviewer revision {i}".encode(), context="revision"))
        )
    path = tmp_path / "from-reviewer.pdbundle"
    bundles.export_bundle(other, path, back)
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(path))
    real = bundles.import_bundle

    def slow(*a, progress=None, cancelled=None, **kw):  # type: ignore[no-untyped-def]
        def report(done, total, label):  # type: ignore[no-untyped-def]
            time.sleep(0.15)
            progress(done, total, label)

        return real(*a, progress=report, cancelled=cancelled, **kw)

    monkeypatch.setattr(bundles, "import_bundle", slow)
    window.act_import_bundle.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: len(stores[mine_id].order) > 3, timeout=10_000)  # taking objects now
    window.ops.cancel()
    box = _wait(qtbot, window)
    assert "cancelled" in box.text() and "Import the bundle again to finish" in box.text()
    taken = len(stores[mine_id].order)
    assert 3 < taken < 63
    box.close()
    monkeypatch.setattr(bundles, "import_bundle", real)
    window.act_import_bundle.trigger()
    box = _wait(qtbot, window)
    assert "imported" in box.text() and f"Already here: {taken - 3}" in box.text()
    assert len(stores[mine_id].order) == 63


# ------------------------------------------------------------------------ with the vaults' own stores
@pytest.fixture
def real_org(tmp_path, paths):
    """Two real vaults of one org, the window's with a case; objects through the vaults' own stores."""
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

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
    mine.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="Zarghuna", family_name="Qaderi")]))
    mine.close()
    yield other
    other.close()
    _close_boxes()


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.case_list.model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_a_case_travels_both_ways_through_the_menu(qtbot, make_window, real_org, tmp_path, monkeypatch):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    other = real_org
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    out = tmp_path / "to-reviewer.pdbundle"
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
    w.act_export_bundle.trigger()
    box = _wait(qtbot, w)
    assert "Bundle number 1 for Reviewer laptop" in box.text()
    box.close()
    got = bundles.import_bundle(other, out, bundles.vault_store(other))
    assert got.quarantined == () and got.waiting == 0
    arrived = [other.load_case(row.id) for row in other.list_cases()]
    assert [(c.people[0].given_name, c.people[0].family_name) for c in arrived] == [("Zarghuna", "Qaderi")]
    # a new case made on the reviewer laptop comes back and shows in the window's case list
    other.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="Oksana", family_name="Bilyk")]))
    back = tmp_path / "to-intake.pdbundle"
    bundles.export_bundle(other, back, bundles.vault_store(other))
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(back))
    assert not any("Bilyk" in n for n in _names(w))
    w.act_import_bundle.trigger()
    box = _wait(qtbot, w)
    assert "from “Reviewer laptop” imported" in box.text() and "Kept aside (quarantined): 0" in box.text()
    qtbot.waitUntil(lambda: any("Bilyk" in n for n in _names(w)), timeout=5000)
    assert w.session.count_cases() == 2
