from __future__ import annotations

import hashlib

import pytest

from parole_desktop.exchange.objects import ObjectStore, Outcome, SealedObject
from tests.exchange.memstore import MemoryStore


def test_an_objects_id_is_the_sha256_of_its_bytes() -> None:
    obj = SealedObject(b"sealed bytes")
    assert obj.object_id == hashlib.sha256(b"sealed bytes").hexdigest()
    assert obj.size == 12
    assert SealedObject(b"sealed bytes", obj.object_id) == obj


def test_a_wrong_id_is_refused() -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        SealedObject(b"sealed bytes", "0" * 64)


def test_the_memory_store_keeps_the_contract() -> None:
    a, b = SealedObject(b"a"), SealedObject(b"b")
    store: ObjectStore = MemoryStore([a])
    assert store.receive(b).outcome is Outcome.APPLIED
    assert store.receive(b).outcome is Outcome.DUPLICATE
    assert [o.object_id for o in store.pending_for("peer")] == [a.object_id, b.object_id]
    store.acknowledge("peer", [a.object_id])
    assert store.pending_for("peer") == [b]
    assert store.has(a.object_id) and not store.has("0" * 64)
    store.set_checkpoint("hub:x", "12-abc")
    assert store.checkpoint("hub:x") == "12-abc" and store.checkpoint("other") == ""
