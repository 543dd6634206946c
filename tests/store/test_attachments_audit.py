"""Attachment store (streaming AES-GCM, hash check) and the hash-chained audit log."""

from __future__ import annotations

import io
import os
import tracemalloc

import pytest

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.store.attachments import CHUNK, AttachmentStore


@pytest.fixture
def store(tmp_path):
    return AttachmentStore(tmp_path / "att", os.urandom(32), max_bytes=64 * CHUNK)


@pytest.mark.parametrize("size", [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_roundtrip(store, size):
    data = os.urandom(size)
    stored = store.put_bytes(data)
    assert stored.size == size
    assert store.read_bytes(stored.attachment_id, stored.sha256) == data


def test_flipped_byte_is_integrity_error(store):
    stored = store.put_bytes(b"x" * (2 * CHUNK + 5))
    path = store.path_for(stored.attachment_id)
    raw = bytearray(path.read_bytes())
    raw[CHUNK + 100] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError, match="changed or damaged"):
        store.read_bytes(stored.attachment_id, stored.sha256)
    assert not store.verify(stored.attachment_id, stored.sha256)


def test_truncated_file_is_integrity_error(store):
    stored = store.put_bytes(os.urandom(3 * CHUNK))
    path = store.path_for(stored.attachment_id)
    path.write_bytes(path.read_bytes()[: 2 * (CHUNK + 16) + 20])
    with pytest.raises(IntegrityError):
        store.read_bytes(stored.attachment_id, stored.sha256)


def test_wrong_recorded_hash_is_never_served(store):
    stored = store.put_bytes(b"hello")
    with pytest.raises(IntegrityError, match="SHA-256"):
        store.read_bytes(stored.attachment_id, "0" * 64)


def test_swapped_files_are_detected(store):
    a, b = store.put_bytes(b"a" * 100), store.put_bytes(b"b" * 100)
    store.path_for(a.attachment_id).write_bytes(store.path_for(b.attachment_id).read_bytes())
    with pytest.raises(IntegrityError):
        store.read_bytes(a.attachment_id, a.sha256)


def test_size_limit_is_clear_and_leaves_nothing(tmp_path):
    small = AttachmentStore(tmp_path / "att", os.urandom(32), max_bytes=1000)
    with pytest.raises(UserError, match="larger than the limit"):
        small.put(io.BytesIO(b"z" * 5000), name="video.mp4")
    assert list((tmp_path / "att").iterdir()) == []


def test_streaming_does_not_hold_the_file_in_memory(store):
    class Zeros(io.RawIOBase):
        def __init__(self, n):
            self.left = n

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), self.left)
            b[:n] = bytes(n)
            self.left -= n
            return n

    size = 40 * CHUNK
    tracemalloc.start()
    stored = store.put(io.BufferedReader(Zeros(size), CHUNK), name="big")
    total = sum(len(c) for c in store.iter_chunks(stored.attachment_id, stored.sha256))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert total == size
    assert peak < 8 * CHUNK  # 40 MiB passed through with a few MiB of memory


def test_audit_records_every_change_without_values(session, tmp_path):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    case = session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Farishta", family_name="Rahimi")])
    )
    src = tmp_path / "id.pdf"
    src.write_bytes(minimal_pdf(["synthetic ID"]))  # a real PDF (intake refuses junk)
    session.add_evidence(case.id, src, kind="identity_document")
    session.delete_case(case.id)
    entries = session.audit_entries()
    actions = [(e.action, e.entity) for e in reversed(entries)]
    assert ("create", "vault") in actions and ("create", "case") in actions
    assert ("attach", "evidence") in actions and ("delete", "case") in actions
    assert all(e.actor in ("tester", "system") for e in entries)
    text = " ".join(f"{e.detail} {e.entity_id}" for e in entries)
    assert "Farishta" not in text and "Rahimi" not in text
    assert session.audit_verify().ok


def test_audit_detects_edit_and_removal(session):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    for name in ("A", "B", "C"):
        session.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name=name)]))
    db = session.vault.db
    assert session.audit_verify().ok
    actor = db.execute("SELECT actor FROM audit WHERE seq = 2").fetchone()[0]
    db.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
    rep = session.audit_verify()
    assert not rep.ok and "entry 2 was edited" in rep.problems
    db.execute("UPDATE audit SET actor = ? WHERE seq = 2", [actor])
    assert session.audit_verify().ok
    db.execute("DELETE FROM audit WHERE seq = 3")
    rep = session.audit_verify()
    assert not rep.ok and any("missing" in p for p in rep.problems)


def test_audit_detects_removed_newest_entry(session):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    session.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="A")]))
    last = session.vault.db.execute("SELECT max(seq) FROM audit").fetchone()[0]
    session.vault.db.execute("DELETE FROM audit WHERE seq = ?", [last])
    rep = session.audit_verify()
    assert not rep.ok and any("newest entries were removed" in p for p in rep.problems)


def test_cancel_mid_file_leaves_nothing(store):
    from parole_desktop.store.attachments import ImportCancelled

    seen: list[int] = []
    with pytest.raises(ImportCancelled, match="cancelled"):
        store.put(
            io.BytesIO(os.urandom(5 * CHUNK)),
            name="video.mp4",
            progress=seen.append,
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [CHUNK, 2 * CHUNK]
    assert not store.folder.exists() or list(store.folder.iterdir()) == []
