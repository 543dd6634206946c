"""Acknowledgements are pruned (#23): a peer's acknowledgement rows become a mark once it has acknowledged
everything up to an object, and a bundle stops carrying the acknowledgements the peer has shown it took
(its manifest names the newest bundle from here it imported: a newer one subsumes the older). After acks
the tables shrink, and a re-export still sends exactly what the recipients have not acknowledged."""

from __future__ import annotations

import json

import pytest

from parole_desktop.exchange import bundle as bundle_format
from parole_desktop.exchange.bundle import read_manifest
from parole_desktop.services import bundles, devices
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.store import revisions as rev_store
from tests.exchange.laptops import laptops, peer_name


@pytest.fixture
def two(tmp_path):
    _org, (a, b) = laptops(tmp_path, ("laptop-a", "laptop-b"))
    yield a, b
    a.close()
    b.close()


def _cases(s, n: int, prefix: str = "Case") -> None:
    for i in range(n):
        s.new_case("Ana", f"{prefix}-{i}")


def test_acknowledged_objects_leave_a_mark_not_rows_and_new_ones_are_still_sent(two):
    a, b = two
    _cases(a, 30)
    store = VaultObjects(a)
    peer = peer_name(b)
    objs = store.pending_for(peer)
    assert len(objs) == 30
    # acknowledged out of order, with a gap: rows are kept only above the gap
    store.acknowledge(peer, [o.object_id for o in objs[10:]])
    assert rev_store.ack_rows(a.vault, peer) == 20 and rev_store.ack_mark(a.vault, peer) == 0
    assert [o.object_id for o in store.pending_for(peer)] == [o.object_id for o in objs[:10]]
    store.acknowledge(peer, [o.object_id for o in objs[:10]])
    assert rev_store.ack_rows(a.vault, peer) == 0  # the gap closed: everything is said by the mark
    assert store.pending_for(peer) == []
    # another peer's view is its own: everything is still pending for it
    assert len(store.pending_for("hub:elsewhere")) == 30
    # a new object after the mark is sent, and only it
    a.new_case("Ana", "Later")
    (new,) = store.pending_for(peer)
    assert new.object_id not in {o.object_id for o in objs}


def test_a_deleted_newest_object_does_not_let_a_new_one_hide_under_the_mark(two):
    a, b = two
    _cases(a, 3)
    store = VaultObjects(a)
    peer = peer_name(b)
    objs = store.pending_for(peer)
    store.acknowledge(peer, [o.object_id for o in objs])
    mark = rev_store.ack_mark(a.vault, peer)
    with a.vault.atomic():  # the newest sealed object goes (as a replaced filing does)
        a.vault.db.execute("DELETE FROM sealed_objects WHERE seq = ?", [mark])
        rev_store.put_sealed(a.vault, "f" * 64, "filing", "filing:test", b"sealed bytes")
    seq = a.vault.db.execute("SELECT seq FROM sealed_objects WHERE object_id = ?", ["f" * 64]).fetchone()[0]
    assert seq > mark
    assert [o.object_id for o in store.pending_for(peer) if o.object_id == "f" * 64] == []  # not live
    assert "f" * 64 in {r[0] for r in rev_store.sealed_not_acknowledged(a.vault, peer)}


def _held(s, peer: str) -> dict:
    raw = VaultObjects(s).checkpoint(bundle_format.HELD_FROM + peer)
    return json.loads(raw) if raw else {}


def test_bundle_acknowledgements_are_pruned_once_the_peer_took_them(two, tmp_path):
    a, b = two
    _cases(a, 12)
    sa, sb = VaultObjects(a), VaultObjects(b)
    stick = tmp_path / "stick"
    stick.mkdir()
    # A -> B: B now holds 12 objects from A and acknowledges them in its bundles
    bundles.export_bundle(a, stick / "1.pdbundle", sa)
    bundles.import_bundle(b, stick / "1.pdbundle", sb)
    assert len(_held(b, peer_name(a))) == 12
    # B -> A: B's bundle number 1 carries the 12 acknowledgements (first carried there: marked 1)
    _cases(b, 2, "FromB")
    out = bundles.export_bundle(b, stick / "2.pdbundle", sb)
    m = _manifest(b, stick / "2.pdbundle")
    assert len(m.acks[peer_name(a)]) == 12 and m.imported == {peer_name(a): 1}
    assert out.objects == 2  # only B's own two: what came from A is not sent back
    bundles.import_bundle(a, stick / "2.pdbundle", sa)
    # A's 12 acknowledged by B and B's 2 (taken and relayed here): all of A's objects, so only a mark
    assert rev_store.ack_rows(a.vault, peer_name(b)) == 0
    assert rev_store.ack_mark(a.vault, peer_name(b)) == 14
    # A -> B (A's bundle 2): A says it imported B's bundle 1; B prunes the 12 acknowledgements marked 1
    _cases(a, 1, "Third")
    out = bundles.export_bundle(a, stick / "3.pdbundle", sa)
    assert out.objects == 1  # the re-export sends the right set: the new case only
    assert _manifest(a, stick / "3.pdbundle").imported == {peer_name(b): 1}
    bundles.import_bundle(b, stick / "3.pdbundle", sb)
    assert set(_held(b, peer_name(a))) == {o for o, _ in _manifest(a, stick / "3.pdbundle").objects}
    # B's next bundle carries only the new acknowledgement, and A still sends nothing it already sent
    out = bundles.export_bundle(b, stick / "4.pdbundle", sb)
    assert len(_manifest(b, stick / "4.pdbundle").acks[peer_name(a)]) == 1 and out.objects == 0
    bundles.import_bundle(a, stick / "4.pdbundle", sa)
    assert VaultObjects(a).pending_for(peer_name(b)) == []
    assert rev_store.ack_rows(a.vault, peer_name(b)) == 0
    # and nothing was lost on the way: B has every case A made
    assert b.count_cases() == 12 + 2 + 1


def test_a_bundle_lost_on_the_way_keeps_its_acknowledgements_for_the_next(two, tmp_path):
    a, b = two
    _cases(a, 3)
    sa, sb = VaultObjects(a), VaultObjects(b)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundles.export_bundle(a, stick / "1.pdbundle", sa)
    bundles.import_bundle(b, stick / "1.pdbundle", sb)
    bundles.export_bundle(b, stick / "lost.pdbundle", sb)  # never imported on A
    bundles.export_bundle(b, stick / "2.pdbundle", sb)
    assert len(_manifest(b, stick / "2.pdbundle").acks[peer_name(a)]) == 3  # still carried
    bundles.import_bundle(a, stick / "2.pdbundle", sa)
    bundles.export_bundle(a, stick / "3.pdbundle", sa)
    bundles.import_bundle(b, stick / "3.pdbundle", sb)
    # A imported B's bundle 2, at or after bundle 1 (the lost one, which first carried them): pruned
    assert _held(b, peer_name(a)) == {}
    assert VaultObjects(a).pending_for(peer_name(b)) == []


def test_a_manifest_with_a_bad_imported_number_is_refused():
    raw = bundle_format.Manifest("ab" * 16, "x", "t", 1, (), (), {}, {"y": 1}).to_bytes()
    assert bundle_format.Manifest.from_bytes(raw).imported == {"y": 1}
    bad = raw.replace(b'"y":1', b'"y":-1')
    with pytest.raises(bundle_format.BundleRefused):
        bundle_format.Manifest.from_bytes(bad)
    bad = raw.replace(b'"y":1', b'"y":true')
    with pytest.raises(bundle_format.BundleRefused):
        bundle_format.Manifest.from_bytes(bad)


def _manifest(s, path):
    return read_manifest(
        path, lambda raw: devices.open_from_org(s, raw, context=bundle_format.MANIFEST_CONTEXT)
    )[0]
