"""Share ▸ Received but not applied… and the status bar's "Kept aside: N" (#23): filled through the real
receive path — a bundle from an active laptop that relays the work of a laptop revoked meanwhile, a revision
whose parent has not arrived, objects from an unknown key claiming a listed laptop's id, and bytes that do
not decrypt — and asserted on the rows shown: when, from which laptop, kind, state, reason, never a word of
the objects' content. Sortable, the reason copied, fits 1024×600, right to left in Arabic."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import SealedObject
from parole_desktop.exchange.seal import seal
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles, devices, exchange, roster
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.ui import dialogs, widgets
from parole_desktop.ui.share_quarantine import COLUMNS, FROM, KIND, REASON, RECEIVED, STATE, NotAppliedDialog
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import new_org
from tests.ui.conftest import unlock
from tests.ui.test_small_screen import SMALL, _fits

pytestmark = pytest.mark.gui

# the old laptop's case: none of it may appear in the list
OLD_GIVEN, OLD_FAMILY = "Oksana", "Bilyk-Synthetic"
OLD_EXHIBIT = f"Passport page of {OLD_GIVEN} {OLD_FAMILY}"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _vault(path: AppPaths, name: str):  # type: ignore[no-untyped-def]
    s, _ = create_vault(path, PASSPHRASE, actor=f"volunteer on {name}")
    devices.rename(s, name)
    attach_checks(s)
    return s


@pytest.fixture
def org(tmp_path, paths):
    """The window's vault ("intake laptop"), a "site laptop" and an "old laptop" in one roster. The old
    laptop's case (with an exhibit) reached the site laptop; then the old laptop was revoked (stolen) and
    the new roster imported on the other two. The site laptop's bundle for the intake laptop carries its own
    case and relays the old laptop's objects."""
    key = new_org()
    mine = _vault(paths, "intake laptop")
    site = _vault(AppPaths(tmp_path / "site"), "site laptop")
    old = _vault(AppPaths(tmp_path / "old"), "old laptop")
    r = roster.new_roster(key)
    for s in (mine, site, old):
        r = roster.add_device(key, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in (mine, site, old):
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=key.fingerprint)
    case = old.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name=OLD_GIVEN, family_name=OLD_FAMILY)])
    )
    old.add_evidence_bytes(int(case.id or 0), minimal_pdf([OLD_EXHIBIT]), "passport.pdf", kind="other")
    src, dst = VaultObjects(old), VaultObjects(site)
    objs = src.pending_for(devices.device_info(site).device_id)
    assert {dst.receive(o).outcome.value for o in objs} == {"applied"}
    revoked = roster.revoke(key, r, "old laptop", "stolen")
    for s in (mine, site):
        roster.import_roster(s.vault, revoked, actor="org admin")
    site.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Wilnerson", family_name="Fixture")])
    )
    bundle = tmp_path / "site.pdbundle"
    bundles.export_bundle(site, bundle, bundles.vault_store(site))
    mine.close()
    yield site, bundle, len(objs)
    site.close()
    old.close()
    for box in _boxes():
        box.close()


@pytest.fixture
def window(qtbot, make_window, org):
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    return w


def _import(qtbot, window, monkeypatch, path) -> str:
    monkeypatch.setattr(dialogs, "open_file", lambda *_a: str(path))
    window.act_import_bundle.trigger()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=30_000)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=5000)
    box = _boxes()[-1]
    text = box.text()
    box.close()
    return text


def _open(qtbot, window) -> NotAppliedDialog:
    window.act_not_applied.trigger()
    dlg = next(d for d in window.findChildren(NotAppliedDialog) if d.isVisible())
    qtbot.addWidget(dlg)
    return dlg


ISOLATES = str.maketrans("", "", "\u2066\u2068\u2069\u200e")  # LRI, FSI, PDI, LRM: not compared


def _shown(dlg: NotAppliedDialog) -> list[list[str]]:
    """The table as displayed (without the direction isolates): every row's cells, in the order shown."""
    m = dlg.table.model()
    return [
        [str(m.index(r, c).data()).translate(ISOLATES) for c in range(m.columnCount())]
        for r in range(m.rowCount())
    ]


def test_a_bundle_relaying_a_revoked_laptops_work_fills_the_list_and_the_status_bar(
    qtbot, window, org, monkeypatch
):
    _site, bundle, relayed = org
    assert not window.status_quarantine.isVisible()
    text = _import(qtbot, window, monkeypatch, bundle)
    assert f"Kept aside (quarantined): {relayed}" in text
    assert window.status_quarantine.isVisible()
    assert window.status_quarantine.text() == f"Kept aside: {relayed}"
    # the site laptop's own case was applied meanwhile
    assert [row.beneficiary for row in window.session.list_cases()] == ["Wilnerson Fixture"]

    qtbot.mouseClick(window.status_quarantine, Qt.MouseButton.LeftButton)
    dlg = next(d for d in window.findChildren(NotAppliedDialog) if d.isVisible())
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Received but not applied"
    headers = [dlg.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["Received", "From", "Kind", "State", "Reason"]
    rows = _shown(dlg)
    assert len(rows) == relayed >= 2
    assert {r[FROM] for r in rows} == {"old laptop"}
    assert {r[STATE] for r in rows} == {"Kept aside"}
    assert {r[KIND] for r in rows} == {"Case change", "Evidence file"}
    assert all("revoked in the roster" in r[REASON] and "(stolen)" in r[REASON] for r in rows)
    stored = exchange.quarantine(window.session)
    assert {q.received_at[:10] for q in stored} == {r[RECEIVED][:10] for r in rows}
    everything = " ".join(" ".join(r) for r in rows) + dlg.intro.text()
    for secret in (OLD_GIVEN, OLD_FAMILY, "passport.pdf", "Passport page"):
        assert secret not in everything

    # Copy reason: the selected rows as `quarantine` prints them
    dlg.table.selectAll()
    copied = dlg.copy_reason()
    assert QGuiApplication.clipboard().text() == copied
    assert sorted(line.split()[0] for line in copied.splitlines()) == sorted(q.object_id[:16] for q in stored)
    assert copied.count("untrusted_author: Sealed by the laptop “old laptop”, revoked") == relayed

    # sortable: by kind (a click on the header), both ways
    dlg.table.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
    kinds = [r[KIND] for r in _shown(dlg)]
    assert kinds == sorted(kinds, key=str.casefold)
    dlg.table.sortByColumn(KIND, Qt.SortOrder.DescendingOrder)
    assert [r[KIND] for r in _shown(dlg)] == sorted(kinds, key=str.casefold, reverse=True)

    # importing the same bundle again keeps the list as it was (refused as a replay)
    dlg.close()
    assert "already imported" in _import(qtbot, window, monkeypatch, bundle)
    assert len(exchange.quarantine(window.session)) == relayed
    # the count stays across a lock and an unlock; it is hidden while locked
    window.lock()
    assert not window.status_quarantine.isVisible()
    unlock(qtbot, window, PASSPHRASE)
    assert (
        window.status_quarantine.isVisible() and window.status_quarantine.text() == f"Kept aside: {relayed}"
    )


def test_waiting_forged_and_damaged_objects_are_listed_without_naming_a_laptop_they_do_not_prove(
    qtbot, make_window, org, paths, tmp_path
):
    """Through VaultObjects.receive: a revision of the site laptop whose parent has not arrived waits; an
    unknown key sealing with the site laptop's device id in its header is "Unknown laptop"; bytes that do
    not decrypt have no kind. Only the quarantined two count in the status bar."""
    site, _bundle, _relayed = org
    mine = open_vault(paths, PASSPHRASE)
    rogue = _vault(AppPaths(tmp_path / "rogue"), "rogue laptop")
    try:
        site_id = devices.device_info(site).device_id
        mine_id = devices.device_info(mine).device_id
        case = site.list_cases()[0]
        edited = site.load_case(case.id)
        edited.statement = "Edited on the site laptop."
        site.save_case(edited)
        last = VaultObjects(site).pending_for(mine_id)[-1]  # the edit, without the case it edits
        into = VaultObjects(mine)
        assert into.receive(last).outcome.value == "waiting"
        keys, sec = identity.this_device(rogue.vault)
        forged_keys = dataclasses.replace(keys, device_id=site_id, name="site laptop")
        forged_sec = dataclasses.replace(sec, device_id=site_id)
        pinned = roster.pinned_roster(mine.vault)
        assert pinned is not None
        blob = seal(b"forged edit", forged_keys, forged_sec, devices.recipients(pinned), context="revision")
        assert into.receive(SealedObject(blob)).code == "untrusted_author"
        assert into.receive(SealedObject(b"\x00not sealed at all" * 8)).code == "damaged"
    finally:
        rogue.close()
        mine.close()
    w = make_window()
    w.show()
    unlock(qtbot, w, PASSPHRASE)
    assert w.status_quarantine.isVisible() and w.status_quarantine.text() == "Kept aside: 2"
    dlg = _open(qtbot, w)
    rows = {(r[FROM], r[KIND], r[STATE]): r[REASON] for r in _shown(dlg)}
    assert set(rows) == {
        ("site laptop", "Case change", "Waiting"),
        ("Unknown laptop", "Case change", "Kept aside"),
        ("Unknown laptop", "—", "Kept aside"),
    }
    assert (
        "unknown laptop (not a device in the organization's roster"
        in rows[("Unknown laptop", "Case change", "Kept aside")]
    )
    assert "does not decrypt" in rows[("Unknown laptop", "—", "Kept aside")]
    assert "forged edit" not in " ".join(" ".join(r) for r in _shown(dlg))


def test_with_nothing_kept_aside_the_count_is_hidden_and_the_dialog_says_so(qtbot, window, org):
    assert not window.status_quarantine.isVisible()
    dlg = _open(qtbot, window)
    assert dlg.intro.text() == "Nothing received is kept aside."
    assert not dlg.table.isVisible() and not dlg.copy_button.isEnabled()
    assert dlg.copy_reason() == ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_list_fits_1024x600_and_is_right_to_left_in_arabic(qtbot, window, org, monkeypatch, lang):
    _site, bundle, relayed = org
    _import(qtbot, window, monkeypatch, bundle)
    monkeypatch.setattr(widgets, "available_geometry", lambda _w: SMALL)
    window.languages.apply(lang)
    try:
        assert window.status_quarantine.isVisible()
        _fits(window)  # the status bar with its count still fits
        dlg = _open(qtbot, window)
        _fits(dlg)
        assert dlg.width() <= SMALL.width() and dlg.height() <= SMALL.height()
        assert dlg.isRightToLeft() == (lang == "ar") and dlg.table.isRightToLeft() == (lang == "ar")
        assert dlg.table.model().rowCount() == relayed
        assert len(dlg.selected()) == 1 and dlg.copy_button.isEnabled()  # the first row, right to left too
        reason = dlg.table.model().index(0, REASON).data()
        assert reason.startswith("\u2066") and reason.endswith("\u200e\u2069")  # English stays left to right
        if lang == "ar":
            assert dlg.windowTitle() != "Received but not applied"  # the Arabic draft is shown
    finally:
        window.languages.apply("en")
