"""The USB bundle file format (#23 item 4) against the in-memory store: a round trip, acknowledgements, and
every refusal performed (truncated, tampered, replayed, older, other org, revoked or unknown sender, not a
bundle, empty) with nothing changed; cancel, a full disk and a killed export leave nothing half done."""

from __future__ import annotations

import errno
import os
import struct

import pytest

from parole_desktop.errors import StorageError
from parole_desktop.exchange import bundle
from parole_desktop.exchange.objects import Outcome, Received, SealedObject
from tests.exchange.bundle_helpers import (
    EVIDENCE,
    NAMES,
    Directory,
    Laptop,
    do_import,
    export,
    laptop,
    sealed,
)
from tests.exchange.memstore import MemoryStore


@pytest.fixture
def org():
    a, b, c = laptop("laptop-a"), laptop("laptop-b"), laptop("reviewer")
    directory = Directory(a, b, c)
    for i, name in enumerate(NAMES):
        a.store.receive(sealed(a, [a, b, c], f'{{"person.{i}.given_name": "{name}"}}'.encode()))
    a.store.receive(sealed(a, [a, b, c], EVIDENCE, context="evidence"))
    a.store.received.clear()
    return a, b, c, directory


def _state(lt: Laptop) -> tuple:
    s = lt.store
    return (list(s.order), {k: set(v) for k, v in s.acks.items()}, dict(s.checkpoints))


def test_a_bundle_carries_every_object_in_order_and_is_remembered(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "to-b.pdbundle"
    progress: list[tuple[int, int]] = []
    m = export(a, path, [b], progress=lambda n, t, _l: progress.append((n, t)))
    assert m.sequence == 1 and m.made_for == (b.id,) and len(m.objects) == 4
    assert progress[-1] == (4, 4)
    assert path.read_bytes().startswith(b"PAROLE-DESKTOP-BUNDLE\nversion 1\n")
    assert [p for p in tmp_path.iterdir()] == [path]  # no temp file left

    report = do_import(b, path, d)
    assert [r.object_id for r in report.received] == list(a.store.order)
    assert b.store.order == a.store.order
    assert report.count(Outcome.APPLIED) == 4 and report.quarantined == []
    assert report.manifest.sender == a.id
    # b never sends a's objects back to a, and acknowledges them in its next bundle
    assert b.store.pending_for(a.id) == []
    assert bundle.held_from(b.store, a.id) == tuple(a.store.order)
    assert b.store.checkpoint(bundle.SEQUENCE + a.id) == f"1 {m.bundle_id}"


def test_acknowledgements_travel_back_so_the_next_bundle_leaves_them_out(org, tmp_path):
    a, b, _c, d = org
    export(a, tmp_path / "1.pdbundle", [b])
    do_import(b, tmp_path / "1.pdbundle", d)
    new = sealed(b, [a, b], b'{"case.statement": "written on laptop b"}')
    b.store.receive(new)
    back = export(b, tmp_path / "2.pdbundle", [a])
    assert [i for i, _ in back.objects] == [new.object_id]  # a's own objects are not sent back
    assert set(back.acks[a.id]) == set(a.store.order)
    report = do_import(a, tmp_path / "2.pdbundle", d)
    assert report.count(Outcome.APPLIED) == 1
    # a now knows b holds everything: its next bundle to b is empty
    nxt = export(a, tmp_path / "3.pdbundle", [b])
    assert nxt.objects == () and nxt.sequence == 2
    # --all: everything a holds, acknowledged or not
    everything = export(a, tmp_path / "4.pdbundle", [])
    assert len(everything.objects) == 5


def test_importing_the_same_bundle_twice_changes_nothing(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    do_import(b, path, d)
    before = _state(b)
    with pytest.raises(
        bundle.BundleRefused, match=r"already imported on 2\d{3}-\d\d-\d\d at .*nothing changed"
    ) as e:
        do_import(b, path, d)
    assert e.value.code == "replayed" and _state(b) == before


def test_an_older_bundle_from_the_same_sender_is_refused(org, tmp_path):
    a, b, _c, d = org
    export(a, tmp_path / "old.pdbundle", [b])
    a.store.receive(sealed(a, [a, b], b"later"))
    export(a, tmp_path / "new.pdbundle", [b])
    do_import(b, tmp_path / "new.pdbundle", d)
    before = _state(b)
    with pytest.raises(bundle.BundleRefused, match="older than bundle number 2") as e:
        do_import(b, tmp_path / "old.pdbundle", d)
    assert e.value.code == "older" and _state(b) == before


def _layout(path) -> tuple[int, list[tuple[int, int]]]:
    """Where the manifest ends, and each object's (start, length) in the file."""
    raw = path.read_bytes()
    pos = len(bundle.MAGIC) + len(b"version 1\n")
    (mlen,) = struct.unpack(">Q", raw[pos : pos + 8])
    pos += 8 + mlen
    end_manifest = pos
    objs = []
    while pos < len(raw):
        (n,) = struct.unpack(">Q", raw[pos : pos + 8])
        objs.append((pos + 8, n))
        pos += 8 + n
    return end_manifest, objs


@pytest.mark.parametrize(
    "where", ["in the magic", "in the manifest", "between objects", "in an object", "last byte"]
)
def test_a_truncated_bundle_is_refused_and_changes_nothing(org, tmp_path, where):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    raw = path.read_bytes()
    end_manifest, objs = _layout(path)
    cut = {
        "in the magic": 5,
        "in the manifest": end_manifest - 100,
        "between objects": objs[2][0] - 8,
        "in an object": objs[1][0] + 10,
        "last byte": len(raw) - 1,
    }[where]
    path.write_bytes(raw[:cut])
    before = _state(b)
    with pytest.raises(bundle.BundleRefused, match=r"incomplete|not a Parole Desktop bundle") as e:
        do_import(b, path, d)
    assert e.value.code in {"truncated", "not_a_bundle"} and _state(b) == before


@pytest.mark.parametrize("where", ["manifest", "object", "object length", "trailing bytes"])
def test_a_flipped_or_added_byte_is_refused_and_changes_nothing(org, tmp_path, where):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    raw = bytearray(path.read_bytes())
    end_manifest, objs = _layout(path)
    if where == "manifest":
        raw[end_manifest - 40] ^= 0x01
    elif where == "object":
        start, n = objs[3]
        raw[start + n // 2] ^= 0x80
    elif where == "object length":
        raw[objs[1][0] - 1] ^= 0x01
    else:
        raw += b"\0"
    path.write_bytes(bytes(raw))
    before = _state(b)
    with pytest.raises(bundle.BundleRefused, match=r"changed|damaged|signature") as e:
        do_import(b, path, d)
    assert e.value.code in {"tampered", "truncated"} and _state(b) == before
    assert b.store.received == []


def test_objects_swapped_or_reordered_are_refused(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    raw = path.read_bytes()
    end_manifest, objs = _layout(path)
    pieces = [raw[s - 8 : s + n] for s, n in objs]
    for order in ([1, 0, 2, 3], [3, 2, 1, 0]):
        path.write_bytes(raw[:end_manifest] + b"".join(pieces[i] for i in order))
        with pytest.raises(bundle.BundleRefused, match="changed after it was made") as e:
            do_import(b, path, d)
        assert e.value.code == "tampered" and b.store.order == []
    # an object sealed for another bundle put in the place of the first
    other = sealed(a, [a, b, _c], b'{"person.0.given_name": "Zarghuna Qaderi-Tesx"}')
    path.write_bytes(raw[:end_manifest] + struct.pack(">Q", other.size) + other.data + b"".join(pieces[1:]))
    with pytest.raises(
        bundle.BundleRefused, match=r"is not the one its manifest lists|does not match its manifest"
    ):
        do_import(b, path, d)
    assert b.store.order == [] and b.store.checkpoints == {}


def test_a_bundle_of_another_org_is_refused(org, tmp_path):
    a, _b, _c, _d = org
    stranger = laptop("other-org")
    path = tmp_path / "b.pdbundle"
    export(a, path, [_b])  # sealed to a and b only
    with pytest.raises(bundle.BundleRefused, match="not sealed for this laptop") as e:
        do_import(stranger, path, Directory(stranger))
    assert e.value.code == "not_for_us" and stranger.store.order == []


def test_a_bundle_from_a_revoked_or_unknown_laptop_is_refused(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    d.revoke(a)
    with pytest.raises(bundle.BundleRefused, match=r"revoked in the roster.*nothing was imported") as e:
        do_import(b, path, d)
    assert e.value.code == "untrusted_sender" and _state(b) == ([], {}, {})
    intruder = laptop("intruder")
    intruder.store.receive(sealed(intruder, [b], b"payload"))
    export(intruder, tmp_path / "i.pdbundle", [b], recipients=[b])
    with pytest.raises(bundle.BundleRefused, match="unknown laptop") as e:
        do_import(b, tmp_path / "i.pdbundle", d)
    assert e.value.code == "untrusted_sender" and b.store.order == []


def test_a_manifest_forwarded_by_a_recipient_is_refused(org, tmp_path):
    """b re-encrypts a's signed manifest to the stranger c was never meant to be: the seal catches it."""
    import pyrage
    from pyrage import x25519

    a, b, c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b], recipients=[a, b])
    raw = path.read_bytes()
    pos = len(bundle.MAGIC) + len(b"version 1\n")
    (mlen,) = struct.unpack(">Q", raw[pos : pos + 8])
    inner = pyrage.decrypt(raw[pos + 8 : pos + 8 + mlen], [b.secrets.age_identity])
    resealed = pyrage.encrypt(inner, [x25519.Recipient.from_str(c.keys.age_recipient)])
    path.write_bytes(raw[:pos] + struct.pack(">Q", len(resealed)) + resealed + raw[pos + 8 + mlen :])
    with pytest.raises(bundle.BundleRefused, match="passed on to this one") as e:
        do_import(c, path, d)
    assert e.value.code == "forwarded" and c.store.order == []


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "not_a_bundle"),
        (b"age-encryption.org/v1\n-> X25519 abc\n", "not_a_bundle"),
        (bundle.MAGIC + b"version 9\n" + b"\0" * 40, "unknown_version"),
        (bundle.MAGIC + b"garbage line that is long\n", "damaged"),
        (bundle.MAGIC + b"version 1\n" + struct.pack(">Q", 2**40), "damaged"),
    ],
)
def test_what_is_not_a_bundle_is_refused_with_a_clear_message(org, tmp_path, content, code):
    _a, b, _c, d = org
    path = tmp_path / "x.pdbundle"
    path.write_bytes(content)
    with pytest.raises(bundle.BundleRefused) as e:
        do_import(b, path, d)
    assert e.value.code == code and "nothing was imported" in str(e.value)
    assert b.store.order == [] and b.store.checkpoints == {}


def test_a_missing_file_or_a_folder_is_a_user_error(org, tmp_path):
    from parole_desktop.errors import UserError

    _a, b, _c, d = org
    with pytest.raises(UserError, match="There is no file"):
        do_import(b, tmp_path / "missing.pdbundle", d)
    with pytest.raises(UserError, match="is a folder"):
        do_import(b, tmp_path, d)


def test_a_cancelled_export_leaves_no_file_and_a_killed_ones_leftover_is_removed(org, tmp_path):
    a, b, _c, _d = org
    path = tmp_path / "b.pdbundle"
    calls = iter([False, False, True])
    with pytest.raises(bundle.BundleCancelled, match="no bundle was written"):
        export(a, path, [b], cancelled=lambda: next(calls))
    assert list(tmp_path.iterdir()) == []
    leftover = tmp_path / ".b.pdbundle.partial-dead"  # what a SIGKILL mid-write leaves
    leftover.write_bytes(b"half a bundle")
    other = tmp_path / "notes.txt"
    other.write_text("not ours")
    export(a, path, [b])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdbundle", "notes.txt"]


def test_a_write_that_fails_leaves_no_file_under_the_final_name(org, tmp_path, monkeypatch):
    a, b, _c, _d = org
    path = tmp_path / "b.pdbundle"
    real_replace = os.replace

    def no_space(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StorageError, match="the disk is full"):
        export(a, path, [b])
    monkeypatch.setattr(os, "replace", real_replace)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_import_keeps_what_it_took_and_a_rerun_finishes(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    # 4 checks in the first pass, then cancel before the third object is taken
    answers = iter([False] * 4 + [False, False, True])
    with pytest.raises(bundle.BundleCancelled, match="after 2 of 4 objects"):
        do_import(b, path, d, cancelled=lambda: next(answers))
    assert b.store.order == a.store.order[:2] and b.store.checkpoints == {}
    report = do_import(b, path, d)
    assert [r.outcome for r in report.received] == [Outcome.DUPLICATE] * 2 + [Outcome.APPLIED] * 2
    assert b.store.order == a.store.order


class FullDisk(MemoryStore):
    """A store whose disk fills after ``room`` objects (receive raises ENOSPC, as the vault's would)."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def receive(self, obj: SealedObject) -> Received:
        if len(self.order) >= self.room and obj.object_id not in self.objects:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().receive(obj)


def test_a_full_disk_mid_import_loses_nothing_and_a_rerun_completes(org, tmp_path):
    a, b, _c, d = org
    b.store = FullDisk(room=2)
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    with pytest.raises(StorageError, match=r"the disk is full.*Nothing was lost"):
        do_import(b, path, d)
    assert b.store.order == a.store.order[:2] and b.store.checkpoints == {} and b.store.acks == {}
    b.store.room = 100  # space freed
    report = do_import(b, path, d)
    assert report.count(Outcome.DUPLICATE) == 2 and report.count(Outcome.APPLIED) == 2
    assert b.store.order == a.store.order


def test_no_synthetic_name_or_evidence_byte_is_in_a_bundle_or_beside_it(org, tmp_path):
    a, b, _c, _d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    blobs = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert blobs
    for blob in blobs:
        for name in NAMES:
            for form in (name.encode("utf-8"), name.encode("utf-16-le"), name.split()[0].encode()):
                assert form not in blob
        assert EVIDENCE[:32] not in blob and b"passport page" not in blob


def test_a_manifest_that_does_not_parse_is_refused(org, tmp_path):
    a, b, _c, d = org
    from tests.exchange.bundle_helpers import sealer

    path = tmp_path / "b.pdbundle"
    sealed_manifest = sealer(a, [b])(b'{"format": "parole-desktop-bundle-manifest", "v": 1}')
    path.write_bytes(
        bundle.MAGIC + b"version 1\n" + struct.pack(">Q", len(sealed_manifest)) + sealed_manifest
    )
    with pytest.raises(bundle.BundleRefused, match="not understood") as e:
        do_import(b, path, d)
    assert e.value.code == "damaged"


def test_a_laptop_refuses_its_own_bundle(org, tmp_path):
    a, b, _c, d = org
    path = tmp_path / "b.pdbundle"
    export(a, path, [b])
    before = _state(a)
    with pytest.raises(bundle.BundleRefused, match="made by this laptop") as e:
        do_import(a, path, d)
    assert e.value.code == "own" and _state(a) == before
