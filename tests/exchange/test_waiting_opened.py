"""Waiting objects are opened (age decrypt + signature verify) once, when they arrive, not again on every
retry (#23): N objects delivered children first are opened N times, not N²/2; what is kept meanwhile lives
in the vault (encrypted), never in a temp file; a laptop revoked while its object waits is not taken."""

from __future__ import annotations

import pytest

from parole_desktop.exchange.objects import Outcome
from parole_desktop.services import devices, exchange, roster
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.store import revisions as rev_store
from tests.exchange.laptops import deliver, laptops, peer_name


@pytest.fixture
def two(tmp_path):
    org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    yield org, a, b
    a.close()
    b.close()


def _chain(a, n: int):
    c = a.new_case("Ana", "Lima")
    for i in range(n - 1):
        c.statement = f"version {i}"
        a.save_case(c)
    return c


def test_n_waiting_objects_are_opened_n_times_not_n_squared(two, monkeypatch):
    _org, a, b = two
    n = 12
    c = _chain(a, n)
    objs = VaultObjects(a).pending_for(peer_name(b))
    assert len(objs) == n
    calls: list[int] = []
    real = devices.open_from_org

    def counting(session, blob, *, context):
        calls.append(len(blob))
        return real(session, blob, context=context)

    monkeypatch.setattr(devices, "open_from_org", counting)
    sink = VaultObjects(b)
    got = [sink.receive(o).outcome for o in reversed(objs)]  # children first: all but the root wait
    assert got == [Outcome.WAITING] * (n - 1) + [Outcome.APPLIED]
    assert len(calls) == n and sink.opened_count == n  # before: n + (n-1)(n-2)/2 + … re-opens
    assert exchange.waiting(b) == []
    cid = next(x.id for x in b.list_cases() if b.load_case(x.id).uid == c.uid)
    assert b.load_case(cid).statement == f"version {n - 2}"
    # what opening gave is forgotten once taken; nothing of it was written outside the vault
    assert b.vault.db.execute("SELECT count(*) FROM waiting_opened").fetchone()[0] == 0
    assert not any(b.vault.files.tmp.iterdir())


def test_a_waiting_object_keeps_its_verified_payload_in_the_vault_only(two):
    _org, a, b = two
    _chain(a, 2)
    root, child = VaultObjects(a).pending_for(peer_name(b))
    sink = VaultObjects(b)
    assert sink.receive(child).outcome == Outcome.WAITING
    kept = rev_store.waiting_opened(b.vault, child.object_id)
    assert kept is not None and kept.context == exchange.KIND_REVISION
    assert kept.author_id == peer_name(a)
    assert b"version 0" in kept.payload  # the verified payload, in the encrypted vault
    assert not any(b.vault.files.tmp.iterdir())
    # a new VaultObjects (another transport, a later session) takes it without opening it again
    later = VaultObjects(b)
    assert later.receive(root).outcome == Outcome.APPLIED
    assert later.opened_count == 1
    assert rev_store.waiting_opened(b.vault, child.object_id) is None


def test_an_author_revoked_while_its_object_waits_is_not_taken(tmp_path):
    org, (a, b, c) = laptops(tmp_path, ("laptop-a", "laptop-b", "laptop-c"))
    try:
        case = c.new_case("Ana", "Lima")  # the root is laptop C's
        deliver(c, a)
        cid = next(x.id for x in a.list_cases() if a.load_case(x.id).uid == case.uid)
        edited = a.load_case(cid)
        edited.statement = "Edited on laptop A."
        a.save_case(edited)  # the child is laptop A's
        from_a = [
            o for o in VaultObjects(a).pending_for(peer_name(b)) if not VaultObjects(c).has(o.object_id)
        ]
        sink = VaultObjects(b)
        assert [sink.receive(o).outcome for o in from_a] == [Outcome.WAITING]
        # the org admin revokes laptop A; B imports the new roster before the root arrives from C
        r = roster.pinned_roster(b.vault)
        assert r is not None
        r2 = roster.revoke(org, r, "laptop-a", reason="laptop stolen")
        roster.import_roster(b.vault, r2, actor="org admin", expected_fingerprint=org.fingerprint)
        root = VaultObjects(c).pending_for(peer_name(b))
        assert [sink.receive(o).outcome for o in root] == [Outcome.APPLIED]
        # the waiting child was not opened again, but its author was checked again: kept aside, not taken
        assert sink.opened_count == 2
        codes = {q.object_id: q.code for q in exchange.quarantine(b)}
        assert codes == {from_a[0].object_id: "untrusted_author"}
        assert exchange.waiting(b) == []
        bid = next(x.id for x in b.list_cases() if b.load_case(x.id).uid == case.uid)
        assert b.load_case(bid).statement == ""
        assert rev_store.waiting_opened(b.vault, from_a[0].object_id) is None
    finally:
        for s in (a, b, c):
            s.close()


def test_a_vault_from_schema_0008_upgrades_and_keeps_its_waiting_objects_and_acks(tmp_path, monkeypatch):
    """A 0008 vault (made with the steps up to 0008 only) holding a waiting object and acknowledgement rows,
    written as 0008 wrote them: opened by this version it gets step 0009, the waiting object is taken once
    its parent arrives (opened once more: 0008 kept only its sealed bytes), and the old acknowledgements
    still hold, then become a mark."""
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.session import open_vault
    from parole_desktop.store import migrations
    from tests.conftest import PASSPHRASE

    steps = list(migrations.migrations._migrations)
    assert steps[-1].name == "0009_exchange_waiting_and_acks"
    monkeypatch.setattr(migrations.migrations, "_migrations", steps[:-1])
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    monkeypatch.setattr(migrations.migrations, "_migrations", steps)
    a.close()
    with open_vault(AppPaths(tmp_path / "laptop-a"), PASSPHRASE) as a2:  # A upgraded first
        _chain(a2, 2)
        root, child = VaultObjects(a2).pending_for(peer_name(b))
    try:
        assert migrations.applied_names(b.vault.db)[-1] == "0008_case_revisions"
        with b.vault.atomic():  # as 0008 kept them: a waiting object's sealed bytes; one ack row per object
            rev_store.put_received(
                b.vault, child.object_id, Outcome.WAITING, kind="revision", data=child.data
            )
            b.vault.db.execute(
                "INSERT INTO sealed_objects (object_id, kind, ref, data, created_at) VALUES (?, 'x', 'x', ?, 't')",
                ["e" * 64, b"sealed before the upgrade"],
            )
            b.vault.db.execute(
                "INSERT INTO peer_acks (peer, object_id, at) VALUES ('laptop-z', ?, 't')", ["e" * 64]
            )
    finally:
        b.close()
    with open_vault(AppPaths(tmp_path / "laptop-b"), PASSPHRASE) as b2:
        assert migrations.applied_names(b2.vault.db)[-1] == "0009_exchange_waiting_and_acks"
        assert [w.object_id for w in exchange.waiting(b2)] == [child.object_id]
        sink = VaultObjects(b2)
        assert {o.object_id for o in sink.pending_for("laptop-z")} == set()  # the old row still holds
        assert sink.receive(root).outcome == Outcome.APPLIED
        assert sink.opened_count == 2 and exchange.waiting(b2) == []
        assert {o.object_id for o in sink.pending_for("laptop-z")} == {root.object_id, child.object_id}
        sink.acknowledge("laptop-z", [root.object_id, child.object_id])
        assert rev_store.ack_rows(b2.vault, "laptop-z") == 0 and sink.pending_for("laptop-z") == []
