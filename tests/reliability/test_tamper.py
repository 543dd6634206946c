"""Tampering and access: flipped bytes anywhere are detected and reported (never a crash); wrong
passphrases cost a full Argon2id derivation; no plaintext leaks outside the exported packet."""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.errors import IntegrityError, ParoleError, StorageError, UserError, WrongPassphrase
from parole_desktop.rules.loader import load_pack, sign_pack, verify_signed_pack
from parole_desktop.rules.signing import key_id_for
from parole_desktop.services import signoff
from parole_desktop.services.packets import export_packet, verify_packet_file
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.store import keys
from parole_desktop.store.sqlcipher import integrity_ok
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import summary
from tests.services.roster_helpers import copy_filing, sign, signed_final_packet

REVIEWER_PW = "reviewer passphrase 1"


def _flip(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset % len(raw)] ^= 0x20
    path.write_bytes(bytes(raw))


@pytest.mark.slow
def test_flipped_bytes_in_the_database(demo_session, paths):
    demo_session(4).close()
    db = paths.vault / "vault.db"
    size = db.stat().st_size
    original = db.read_bytes()
    detected = 0
    offsets = [4096 * k + 100 for k in range(size // 4096)][:24]
    for off in offsets:
        db.write_bytes(original)
        _flip(db, off)
        try:
            with open_vault(paths, PASSPHRASE) as s2:
                ok, _why = integrity_ok(s2.vault.db)
                assert not ok
        except (StorageError, WrongPassphrase):
            pass
        detected += 1
    db.write_bytes(original)
    with open_vault(paths, PASSPHRASE) as s3:
        assert integrity_ok(s3.vault.db)[0]
    summary(
        "flipped byte in vault.db (one per page)",
        len(offsets),
        f"{detected}/{len(offsets)} detected (refused to open or integrity_check failed), no crash",
    )


@pytest.mark.slow
def test_flipped_bytes_in_an_attachment(demo_session, tmp_path):
    session = demo_session(2)
    ev = session.load_case(session.list_cases()[0].id).evidence[0]
    path = session.vault.attachments.path_for(ev.attachment_id)
    original = path.read_bytes()
    n = 0
    for off in range(0, len(original), max(1, len(original) // 16)):
        path.write_bytes(original)
        _flip(path, off)
        with pytest.raises(IntegrityError):
            session.read_evidence(ev)
        n += 1
    path.write_bytes(original)
    summary("flipped byte in an attachment file", n, "IntegrityError on every read/preview")


def test_edited_audit_row(demo_session):
    session = demo_session(2)
    db = session.vault.db
    db.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 3")
    rep = session.audit_verify()
    assert not rep.ok and any("edited" in p for p in rep.problems)
    db.execute("DELETE FROM audit WHERE seq = 5")
    assert any("missing" in p for p in session.audit_verify().problems)
    summary(
        "edited and deleted audit rows", 2, "audit verify reports 'entry 3 was edited', 'entry 5 is missing'"
    )


def test_tampered_rules_pack():
    key = Ed25519PrivateKey.generate()
    raw_pub = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    trusted = {key_id_for(key.public_key()): raw_pub}
    envelope = sign_pack(load_pack().raw, key)
    good = json.dumps(envelope, ensure_ascii=False).encode()
    verify_signed_pack(good, trusted)
    n = 0
    for off in range(0, len(good), max(1, len(good) // 40)):
        bad = bytearray(good)
        bad[off] ^= 0x01
        try:
            verify_signed_pack(bytes(bad), trusted)
        except ParoleError:
            n += 1
            continue
        # a flip that JSON-decodes to the same value (e.g. inside insignificant whitespace) is harmless
        assert json.loads(bytes(bad)) == envelope
    sig = dict(envelope, signature=dict(envelope["signature"], value=base64.b64encode(b"x" * 64).decode()))
    with pytest.raises(IntegrityError):
        verify_signed_pack(json.dumps(sig).encode(), trusted)
    summary("flipped byte in a signed rules pack", n, "IntegrityError/ValidationError every time")


@pytest.fixture
def signed(vault_copy, tmp_path):
    session, (cid, rid, org, packet) = vault_copy(
        ("signed final packet", REVIEWER_PW), lambda s, folder: signed_final_packet(s, folder, REVIEWER_PW)
    )
    session._test_org = org
    out = copy_filing(packet, tmp_path / "final.pdf")
    return session, cid, rid, out


@pytest.mark.slow
@pytest.mark.allow_warning_logs  # a flipped byte may land in the xref table: pyHanko's reader says so, and recovers
def test_tampered_packet_and_manifest(signed, tmp_path):
    session, _cid, _rid, out = signed
    from parole_desktop.packet.verify import detached_manifest_path
    from parole_desktop.services.roster import pinned_roster

    assert verify_packet_file(out, session).ok
    pinned, proof = pinned_roster(session.vault), detached_manifest_path(out)
    assert verify_packet_file(out, roster=pinned, manifest=proof).ok  # what each flip is checked with
    original = out.read_bytes()
    n = detected = 0
    for off in range(0, len(original), max(1, len(original) // 30)):
        bad = tmp_path / f"bad-{off}.pdf"
        raw = bytearray(original)
        raw[off] ^= 0x01
        bad.write_bytes(bytes(raw))
        n += 1
        detected += not verify_packet_file(bad, roster=pinned, manifest=proof).ok
        bad.unlink()
    assert detected == n
    # the detached manifest rewritten (an exhibit dropped): its signature no longer verifies
    doc = json.loads(proof.read_text())
    data = json.loads(doc["manifest"])
    data["exhibits"] = data.get("exhibits", [])[:-1]
    doc["manifest"] = json.dumps(data)
    shutil.copyfile(out, tmp_path / "manifest.pdf")
    detached_manifest_path(tmp_path / "manifest.pdf").write_text(json.dumps(doc))
    res = verify_packet_file(tmp_path / "manifest.pdf", roster=pinned)
    assert not res.ok and any("signature" in p for p in res.problems), res.problems
    summary(
        "flipped byte in a signed final packet; rewritten manifest",
        f"{n} + 1",
        f"{detected}/{n} flips and the manifest edit reported as changed, no crash",
    )


def test_volunteer_cannot_sign_off(signed):
    session, cid, rid, _ = signed
    for guess in ("", "password", PASSPHRASE, REVIEWER_PW.upper()):
        with pytest.raises(UserError):
            sign(session, cid, rid, guess)
    with pytest.raises(UserError):
        signoff.unlock_digital_id(session, rid, PASSPHRASE)
    summary("sign-off with the volunteer's or guessed passphrases", 4, "WrongPassphrase, no sign-off written")


@pytest.mark.slow
@pytest.mark.real_kdf
def test_wrong_passphrase_costs_a_full_argon2id(paths):
    kdf = keys.DEFAULT_KDF
    assert (kdf.memory_kib, kdf.iterations, kdf.lanes) == (65536, 3, 4)
    s, _ = create_vault(paths, PASSPHRASE)
    s.close()
    times = []
    for i in range(3):
        t = time.perf_counter()
        with pytest.raises(WrongPassphrase):
            open_vault(paths, f"wrong guess {i}")
        times.append(time.perf_counter() - t)
    per = sorted(times)[1]
    summary(
        "wrong passphrase, production Argon2id (m=64 MiB, t=3, p=4)",
        3,
        f"WrongPassphrase; {per * 1000:.0f} ms per attempt (median) = at most {3600 / per:,.0f} guesses/hour "
        "per core",
    )


@pytest.mark.slow
def test_no_plaintext_outside_the_packet(paths, tmp_path, monkeypatch):
    """Create, attach, preview, check, export a draft; then grep the data folder, TMPDIR and HOME."""
    from parole_desktop.services.checks import attach_checks, run_checks

    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    home = Path(os.environ["HOME"])
    names = ["Zubaydah", "Qasimova", "زبیده", "قاسمی", "Зубайда"]
    s, _ = create_vault(paths, PASSPHRASE)
    attach_checks(s)
    case = s.new_case(
        names[0] + " " + names[2], names[1] + " " + names[3], statement=names[4] + " needs care"
    )
    secret = b"ATTACHMENT-SECRET-" + os.urandom(8).hex().encode()
    src = tmp_path / "in" / "scan.pdf"
    src.parent.mkdir()
    from parole_desktop.services.demo import minimal_pdf

    src.write_bytes(minimal_pdf(["scan"]) + b"\n%" + secret + b"\n")
    added = s.add_evidence(int(case.id or 0), src, kind="other")
    assert s.read_evidence(added.evidence).endswith(secret + b"\n")
    run_checks(s, int(case.id or 0))
    out = tmp_path / "out"
    out.mkdir()
    export_packet(s, int(case.id or 0), out / "draft.pdf", draft=True)
    s.close()
    needles = [n.encode("utf-8") for n in names] + [n.encode("utf-16-le") for n in names] + [secret]
    scanned = 0
    for root in (paths.data, tmpdir, home):
        for p in root.rglob("*"):
            if p.is_file():
                scanned += 1
                data = p.read_bytes()
                hits = [n for n in needles if n in data]
                assert not hits, f"plaintext {hits[0]!r} in {p}"
    summary(
        "plaintext scan of data folder, TMPDIR and HOME after a full session",
        f"{scanned} files",
        "no name (UTF-8/UTF-16) and no attachment bytes outside the exported packet",
    )
