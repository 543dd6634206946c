"""The signed filing travels back (#23 item 7): the reviewer builds the final filing on her laptop B (her PDF
signing key never leaves it), B keeps it as a sealed ``filing`` object sent after the sign-off, and the
volunteer's laptop A takes it only when ``verify`` passes on it there, then hands it out with ``packet``.
Real vaults, real seals, real PAdES signatures; every refusal is performed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import Outcome, SealedObject
from parole_desktop.packet.verify import detached_manifest_path
from parole_desktop.services import devices, exchange, remote_filing, roster
from parole_desktop.services.packets import export_packet, verify_packet_file
from parole_desktop.services.signoff_state import current_signoff
from parole_desktop.store import revisions as rev_store
from tests.exchange.laptops import deliver, peer_name
from tests.exchange.test_remote_review_exchange import REVIEWER_PW, _the_case_on
from tests.exchange.test_remote_review_exchange import org as org  # the fixture: A, B, roster, reviewer
from tests.services.roster_helpers import sign


def _reviewed(org, tmp_path: Path, name: str = "final.pdf"):
    """The case sent A -> B, signed off on B and its final filing built there; (A, B, case on A, case on B,
    the filing B wrote)."""
    _key, _r, a, b, rid, cid = org
    deliver(a, b)
    on_b = _the_case_on(b, a.load_case(cid).uid)
    sign(b, on_b, rid, REVIEWER_PW)
    out = tmp_path / name
    export_packet(b, on_b, out, draft=False, reviewer_passphrase=REVIEWER_PW)
    return a, b, cid, on_b, out


def _kept_filings(session) -> list[tuple[str, str]]:
    return [
        (oid, ref)
        for oid, kind, ref, _data in rev_store.sealed_not_acknowledged(session.vault, "nobody")
        if kind == "filing"
    ]


def test_the_filing_built_on_b_reaches_a_is_handed_out_there_and_verifies(org, tmp_path):
    a, b, cid, _on_b, built = _reviewed(org, tmp_path)
    pending = exchange.VaultObjects(b).pending_for(peer_name(a))
    kinds = [k for _o, k, _r, _d in rev_store.sealed_not_acknowledged(b.vault, peer_name(a))]
    assert kinds[-1] == "filing" and "signoff" in kinds and kinds.index("signoff") < kinds.index("filing")
    assert len(pending) == len(kinds)
    outcomes = deliver(b, a)
    assert "quarantined" not in outcomes and "waiting" not in outcomes, exchange.quarantine(a)
    out = tmp_path / "handed-out-on-a.pdf"
    res = export_packet(a, cid, out, draft=False)  # no passphrase: the reviewer's key is not here
    assert res.built_by == "Amira Solis" and res.signed and not res.draft and res.built_at
    assert out.read_bytes() == built.read_bytes()
    assert res.sha256 == hashlib.sha256(built.read_bytes()).hexdigest() and res.pages > 0
    assert detached_manifest_path(out).is_file()
    check = verify_packet_file(out, session=a)
    assert check.ok, check.problems
    assert check.reviewer == "Amira Solis" and any("another laptop" in n for n in check.notes)
    audit = next(e for e in a.vault.audit.entries() if e.action == "export")  # the latest
    assert "built and signed on the reviewer's laptop" in audit.detail
    # delivered again: nothing new, nothing quarantined
    assert set(deliver(b, a)) <= {"duplicate"} and exchange.quarantine(a) == []


def test_before_the_filing_arrives_a_says_so_plainly_and_writes_nothing(org, tmp_path):
    _key, _r, a, b, rid, cid = org
    deliver(a, b)
    sign(b, _the_case_on(b, a.load_case(cid).uid), rid, REVIEWER_PW)
    deliver(b, a)  # the sign-off, no filing built yet
    assert current_signoff(a, cid) is not None
    out = tmp_path / "final-on-a.pdf"
    with pytest.raises(
        UserError, match="the signed filing has not reached this laptop yet: the next exchange"
    ):
        export_packet(a, cid, out, draft=False)
    assert not out.exists() and not detached_manifest_path(out).exists()


def test_only_the_latest_filing_of_a_sign_off_is_kept_sent_and_handed_out(org, tmp_path):
    a, b, cid, on_b, first = _reviewed(org, tmp_path, "first.pdf")
    ((old_oid, ref),) = _kept_filings(b)
    old_blob = rev_store.sealed_for(b.vault, "filing", ref)
    assert old_blob is not None and old_blob[0] == old_oid
    second = tmp_path / "second.pdf"
    export_packet(b, on_b, second, draft=False, reviewer_passphrase=REVIEWER_PW)
    ((new_oid, ref2),) = _kept_filings(b)
    assert ref2 == ref and new_oid != old_oid  # replaced, not added
    assert "quarantined" not in deliver(b, a)
    out = tmp_path / "on-a.pdf"
    export_packet(a, cid, out, draft=False)
    assert out.read_bytes() == second.read_bytes() != first.read_bytes()
    # the older filing of the same sign-off arriving late (another medium) is not taken over the newer one
    got = exchange.VaultObjects(a).receive(SealedObject(old_blob[1]))
    assert got.outcome == Outcome.DUPLICATE
    assert len(rev_store.received_rows_for_ref(a.vault, "filing", ref, "applied")) == 1
    export_packet(a, cid, out, draft=False)
    assert out.read_bytes() == second.read_bytes()


def test_a_filing_of_a_case_changed_on_a_meanwhile_is_quarantined_with_the_reason(org, tmp_path):
    a, b, cid, _on_b, _built = _reviewed(org, tmp_path)
    case = a.load_case(cid)
    case.statement += " Edited on the volunteer's laptop after it was sent for review."
    a.save_case(case)
    deliver(b, a)
    codes = {q.kind: q.code for q in exchange.quarantine(a)}
    assert codes.get("filing") == "case_changed" and codes.get("signoff") == "case_changed"
    (entry,) = [q for q in exchange.quarantine(a) if q.kind == "filing"]
    assert entry.reason.startswith("The case changed after this filing was signed")
    with pytest.raises(UserError, match="A final packet needs a valid sign-off"):
        export_packet(a, cid, tmp_path / "x.pdf", draft=False)


def test_an_edit_on_a_after_the_filing_arrived_voids_it_with_the_sign_off(org, tmp_path):
    a, b, cid, _on_b, _built = _reviewed(org, tmp_path)
    deliver(b, a)
    case = a.load_case(cid)
    case.statement += " Edited after the filing arrived."
    a.save_case(case)
    out = tmp_path / "void.pdf"
    with pytest.raises(UserError, match="filing built on the reviewer's laptop is void with it"):
        export_packet(a, cid, out, draft=False)
    assert not out.exists()


def _forged(b, built: Path, **change) -> bytes:
    """A filing sealed by B's laptop key, with one thing changed (a tampered PDF, another manifest)."""
    so_fpr = next(ref for _o, ref in _kept_filings(b)).split(":", 1)[1]
    held = rev_store.sealed_for(b.vault, "filing", remote_filing.ref_for(so_fpr))
    assert held is not None
    opened = devices.open_from_org(b, held[1], context="filing")
    filing = dataclasses.replace(remote_filing.parse(opened.payload), **change)
    return devices.seal_for_org(b, remote_filing.payload_for(filing), context="filing")


def test_a_tampered_filing_is_quarantined_and_nothing_is_handed_out(org, tmp_path):
    a, b, cid, _on_b, built = _reviewed(org, tmp_path)
    pdf = bytearray(built.read_bytes())
    at = pdf.index(b"/ParoleManifestFingerprint") + 40
    pdf[at] = ord("0") if pdf[at] != ord("0") else ord("1")  # one byte of the signed file changed
    blob = _forged(b, built, pdf=bytes(pdf), built_at=dt.datetime.now(dt.UTC).isoformat())
    rev_store.delete_sealed(b.vault, "filing", _kept_filings(b)[0][1])  # only the forged one travels
    deliver(b, a)
    got = exchange.VaultObjects(a).receive(SealedObject(blob))
    assert got.outcome == Outcome.QUARANTINED and got.code == "tampered", got
    assert "the PDF was changed after signing" in got.reason
    with pytest.raises(UserError, match="has not reached this laptop yet"):
        export_packet(a, cid, tmp_path / "x.pdf", draft=False)


def test_garbage_in_a_sealed_filing_is_quarantined_as_damaged(org, tmp_path):
    _key, _r, a, b, _rid, _cid = org
    for payload in (b"not json", b'{"format": "parole-desktop-remote-filing", "v": 1}', b"[]"):
        got = exchange.VaultObjects(a).receive(
            SealedObject(devices.seal_for_org(b, payload, context="filing"))
        )
        assert got.outcome == Outcome.QUARANTINED and got.code == "damaged"


def test_a_filing_whose_manifest_is_not_the_sign_off_it_names_is_damaged(org, tmp_path):
    a, b, _cid, _on_b, built = _reviewed(org, tmp_path)
    blob = _forged(b, built, fingerprint="0" * 64)
    got = exchange.VaultObjects(a).receive(SealedObject(blob))
    assert got.outcome == Outcome.QUARANTINED and got.code == "damaged"


def test_a_filing_signed_by_a_reviewer_revoked_meanwhile_is_quarantined(org, tmp_path):
    key, r, *_ = org
    a, b, _cid, _on_b, _built = _reviewed(org, tmp_path)
    # A has the roster that revokes her (B, not yet: it still sends what she signed)
    roster.import_roster(
        a.vault, roster.revoke(key, r, "Amira Solis", "left the organization"), actor="admin"
    )
    deliver(b, a)
    (entry,) = [q for q in exchange.quarantine(a) if q.kind == "filing"]
    assert entry.code == "revoked_reviewer" and "Signed by a revoked reviewer: Amira Solis" in entry.reason


def test_a_reviewer_revoked_after_the_filing_arrived_stops_it_being_handed_out(org, tmp_path):
    key, r, *_ = org
    a, b, cid, _on_b, _built = _reviewed(org, tmp_path)
    deliver(b, a)
    roster.import_roster(a.vault, roster.revoke(key, r, "Amira Solis", "left"), actor="org admin")
    out = tmp_path / "after-revocation.pdf"
    with pytest.raises(UserError) as exc:
        export_packet(a, cid, out, draft=False)
    assert "revoked" in str(exc.value)
    assert not out.exists()


def test_a_filing_whose_sign_off_a_does_not_hold_yet_waits_and_is_taken_when_it_arrives(org, tmp_path):
    a, b, cid, _on_b, built = _reviewed(org, tmp_path)
    src, dst = exchange.VaultObjects(b), exchange.VaultObjects(a)
    objs = src.pending_for(peer_name(a))
    filing_obj = objs[-1]
    got = dst.receive(filing_obj)
    assert got.outcome == Outcome.WAITING, got
    (w,) = [x for x in exchange.waiting(a) if x.kind == "filing"]
    assert "does not hold the sign-off this filing belongs to yet" in w.reason
    with pytest.raises(UserError, match="is not signed off"):  # the sign-off itself is not here yet
        export_packet(a, cid, tmp_path / "early.pdf", draft=False)
    for o in objs[:-1]:
        dst.receive(o)
    assert [x for x in exchange.waiting(a) if x.kind == "filing"] == [] and exchange.quarantine(a) == []
    out = tmp_path / "on-a.pdf"
    export_packet(a, cid, out, draft=False)
    assert out.read_bytes() == built.read_bytes()


def test_a_laptop_not_enrolled_as_a_device_keeps_no_filing_and_exports_as_before(session, tmp_path):
    from tests.services.roster_helpers import signed_final_packet

    _cid, _rid, _org, out = signed_final_packet(session, tmp_path, REVIEWER_PW)
    assert out.is_file() and _kept_filings(session) == []
    assert verify_packet_file(out, session=session).ok


def test_a_filing_whose_sign_off_is_void_on_b_is_not_sent_until_it_holds_again(org, tmp_path):
    a, b, cid, on_b, built = _reviewed(org, tmp_path)
    case = b.load_case(on_b)
    before = case.statement
    case.statement += " Edited on the reviewer's laptop after the filing was built."
    b.save_case(case)  # the sign-off is void on B: its filing is not offered
    kinds = [kind for kind, _ in _offered(b, a)]
    assert "filing" not in kinds and "revision" in kinds
    case = b.load_case(on_b)
    case.statement = before
    b.save_case(case)  # undone: the sign-off holds again, and its filing goes with the next exchange
    assert [kind for kind, _ in _offered(b, a)][-1] == "filing"
    assert "quarantined" not in deliver(b, a), exchange.quarantine(a)
    out = tmp_path / "on-a.pdf"
    export_packet(a, cid, out, draft=False)
    assert out.read_bytes() == built.read_bytes()


def _offered(src, dst) -> list[tuple[str, str]]:
    """(kind, object id) of what ``src`` offers ``dst`` now."""
    objs = exchange.VaultObjects(src).pending_for(peer_name(dst))
    kinds = {oid: kind for oid, kind, _r, _d in rev_store.sealed_not_acknowledged(src.vault, peer_name(dst))}
    return [(kinds[o.object_id], o.object_id) for o in objs]


def test_packet_refuses_final_and_draft_together(tmp_path, capsys):
    from parole_desktop.cli import main

    out = tmp_path / "x.pdf"
    rc = main(["--data-dir", str(tmp_path / "pd"), "packet", "1", "--final", "--draft", "-o", str(out)])
    assert rc != 0 and "Choose --draft or --final, not both." in capsys.readouterr().err
    assert not out.exists()
