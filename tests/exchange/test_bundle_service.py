"""Bundles between real vaults of one organization (#23 item 4), the roster deciding: whom a bundle is for
(--to names roster devices, every other laptop by default, --all everything), who may send one (a revoked
or unknown laptop's bundle is refused), and what the import reports. The objects travel through an
in-memory store here (the vault's own store has its tests with the revision graph)."""

from __future__ import annotations

import pytest

from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.bundle import BundleRefused
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from parole_desktop.paths import AppPaths
from parole_desktop.services import bundles, devices, roster
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.exchange.memstore import MemoryStore
from tests.services.roster_helpers import new_org


def _laptop(tmp_path, name: str):
    s, _ = create_vault(AppPaths(tmp_path / name), PASSPHRASE)
    devices.rename(s, name.replace("-", " "))
    return s


@pytest.fixture
def org_of_three(tmp_path):
    org = new_org()
    laptops = [_laptop(tmp_path, n) for n in ("site-1-laptop-a", "site-1-laptop-b", "reviewer-laptop")]
    r = roster.new_roster(org)
    for s in laptops:
        r = roster.add_device(org, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in laptops:
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=org.fingerprint)
    stores = [MemoryStore() for _ in laptops]
    for i in range(3):
        stores[0].receive(
            SealedObject(devices.seal_for_org(laptops[0], f"revision {i}".encode(), context="revision"))
        )
    yield org, r, laptops, stores
    for s in laptops:
        s.close()


def _id(s) -> str:
    return devices.device_info(s).device_id


def test_a_bundle_is_for_every_other_laptop_by_default_and_reports_what_it_did(org_of_three, tmp_path):
    _org, _r, (a, b, c), (sa, sb, sc) = org_of_three
    path = tmp_path / f"a{bundles.SUFFIX}"
    out = bundles.export_bundle(a, path, sa)
    assert set(out.made_for) == {"site 1 laptop b", "reviewer laptop"}
    assert out.objects == 3 and out.sequence == 1 and "bundle number 1" in out.summary()
    got = bundles.import_bundle(b, path, sb)
    assert (got.sender, got.applied, got.waiting, got.duplicate, got.quarantined) == (
        "site 1 laptop a",
        3,
        0,
        0,
        (),
    )
    assert "Imported bundle number 1 from “site 1 laptop a”: 3 objects." in got.lines()
    assert sb.order == sa.order
    # the reviewer laptop can import the same file too (it was made for both)
    assert bundles.import_bundle(c, path, sc).applied == 3
    audit_a = [(e.action, e.entity) for e in a.vault.audit.entries()]
    audit_b = [(e.action, e.entity, e.detail) for e in b.vault.audit.entries()]
    assert ("export", "bundle") in audit_a
    assert any(x[:2] == ("import", "bundle") and "3 applied" in x[2] for x in audit_b)


def test_to_names_roster_devices_and_refuses_what_is_not_one(org_of_three, tmp_path):
    _org, _r, (a, b, _c), (sa, sb, _sc) = org_of_three
    out = bundles.export_bundle(a, tmp_path / "b.pdbundle", sa, to=["Site 1 Laptop-B"])
    assert out.made_for == ("site 1 laptop b",)
    with pytest.raises(UserError, match=r"No laptop “laptop z” in the roster.*“site 1 laptop b”"):
        bundles.export_bundle(a, tmp_path / "z.pdbundle", sa, to=["laptop z"])
    with pytest.raises(UserError, match="is this laptop"):
        bundles.export_bundle(a, tmp_path / "me.pdbundle", sa, to=["site 1 laptop a"])
    with pytest.raises(UserError, match="either --all or --to"):
        bundles.export_bundle(a, tmp_path / "x.pdbundle", sa, to=["site 1 laptop b"], everything=True)
    with pytest.raises(UserError, match="already exists"):
        bundles.export_bundle(a, tmp_path / "b.pdbundle", sa, to=["site 1 laptop b"])
    with pytest.raises(UserError, match="There is no folder"):
        bundles.export_bundle(a, tmp_path / "gone" / "b.pdbundle", sa)
    assert sorted(p.name for p in tmp_path.glob("*.pdbundle")) == ["b.pdbundle"]
    # what b acknowledges leaves the next bundle for b
    bundles.import_bundle(b, tmp_path / "b.pdbundle", sb)
    back = bundles.export_bundle(b, tmp_path / "to-a.pdbundle", sb, to=["site 1 laptop a"])
    assert back.objects == 0 and "no objects" in back.summary()
    bundles.import_bundle(a, tmp_path / "to-a.pdbundle", sa)
    again = bundles.export_bundle(a, tmp_path / "b2.pdbundle", sa, to=["site 1 laptop b"])
    assert again.objects == 0
    assert bundles.export_bundle(a, tmp_path / "all.pdbundle", sa, everything=True).objects == 3


def test_a_revoked_laptops_bundle_is_refused_and_it_cannot_be_made_for(org_of_three, tmp_path):
    org, r, (a, b, _c), (sa, sb, _sc) = org_of_three
    path = tmp_path / "from-a.pdbundle"
    bundles.export_bundle(a, path, sa)
    r2 = roster.revoke(org, r, "site 1 laptop a", "stolen")
    roster.import_roster(b.vault, r2, actor="org admin")
    with pytest.raises(BundleRefused, match="revoked in the roster") as e:
        bundles.import_bundle(b, path, sb)
    assert e.value.code == "untrusted_sender" and sb.order == [] and sb.checkpoints == {}
    with pytest.raises(UserError, match="was revoked"):
        bundles.export_bundle(b, tmp_path / "to-a.pdbundle", sb, to=["site 1 laptop a"])
    assert not any(e.entity == "bundle" for e in b.vault.audit.entries())


def test_a_laptop_outside_the_org_or_unlisted_cannot_import_or_send(org_of_three, tmp_path):
    _org, _r, (a, _b, _c), (sa, _sb, _sc) = org_of_three
    path = tmp_path / "a.pdbundle"
    bundles.export_bundle(a, path, sa)
    other = _laptop(tmp_path, "other-org-laptop")
    try:
        with pytest.raises(UserError, match="No trust roster is pinned"):
            bundles.import_bundle(other, path, MemoryStore())
        org2 = new_org("Another Legal Aid")
        r = roster.add_device(
            org2, roster.new_roster(org2), identity.parse_enrolment(devices.enrolment_request(other))
        )
        roster.import_roster(other.vault, r, actor="admin 2", expected_fingerprint=org2.fingerprint)
        store = MemoryStore()
        with pytest.raises(BundleRefused, match="not sealed for this laptop") as e:
            bundles.import_bundle(other, path, store)
        assert e.value.code == "not_for_us" and store.order == []
    finally:
        other.close()
    unlisted = _laptop(tmp_path, "unlisted-laptop")
    try:
        roster.import_roster(unlisted.vault, _r, actor="org admin", expected_fingerprint=_org.fingerprint)
        with pytest.raises(UserError, match=r"cannot send bundles yet.*enrol-request"):
            bundles.export_bundle(unlisted, tmp_path / "u.pdbundle", MemoryStore([SealedObject(b"x")]))
        assert not (tmp_path / "u.pdbundle").exists()
    finally:
        unlisted.close()


class Quarantining(MemoryStore):
    """A store that keeps aside what its vault would not take (as the vault's store does)."""

    def receive(self, obj: SealedObject) -> Received:
        r = super().receive(obj)
        if r.outcome is Outcome.APPLIED and len(self.order) == 2:
            return Received(
                obj.object_id, Outcome.QUARANTINED, "untrusted_author", "Sealed by an unknown laptop."
            )
        if r.outcome is Outcome.APPLIED and len(self.order) == 3:
            return Received(obj.object_id, Outcome.WAITING)
        return r


def test_the_import_names_what_was_quarantined_and_why(org_of_three, tmp_path):
    _org, _r, (a, b, _c), (sa, _sb, _sc) = org_of_three
    path = tmp_path / "a.pdbundle"
    bundles.export_bundle(a, path, sa)
    got = bundles.import_bundle(b, path, Quarantining())
    assert (got.applied, got.waiting, len(got.quarantined)) == (1, 1, 1)
    lines = "\n".join(got.lines())
    assert "quarantined: 1" in lines and "Sealed by an unknown laptop. (untrusted_author)" in lines
    assert "Waiting objects are kept" in lines
