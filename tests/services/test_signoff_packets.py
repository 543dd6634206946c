"""Reviewer sign-off bound to the content hash, voiding on change, final packets and their verification."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from parole_desktop.domain.enums import CaseStatus
from parole_desktop.errors import UserError, WrongPassphrase
from parole_desktop.services import signoff, signoff_state
from parole_desktop.services.packets import export_packet, verify_packet_file
from tests.services.roster_helpers import enrol, sign

REVIEWER_PW = "reviewer passphrase 1"


@pytest.fixture
def ready(demo_session):
    """A demo vault with a reviewer; returns (session, id of a ready case, reviewer id)."""
    session = demo_session(5)
    rows = [r for r in session.list_cases() if r.status == "ready_for_review" and r.family_group_id is None]
    assert rows, "the demo should contain a ready case"
    prof = signoff.create_reviewer(
        session, "Amira Solis", "attorney", REVIEWER_PW, number="CA-1", organization="Field Site Legal Aid"
    )
    enrol(session, prof.id, REVIEWER_PW)
    return session, rows[0].id, prof.id


def test_reviewer_key_is_sealed_under_their_passphrase(ready):
    session, _, rid = ready
    row = session.vault.db.execute("SELECT private_key_enc FROM reviewers WHERE id = ?", [rid]).fetchone()
    assert "kdf" in row[0] and "ct" in row[0]
    with pytest.raises(WrongPassphrase):
        signoff.unlock_reviewer_key(session, rid, "volunteer guess")


def test_sign_off_requires_zero_fails(ready):
    session, _, rid = ready
    not_ready = next(r for r in session.list_cases() if "fail" in r.readiness)
    with pytest.raises(UserError, match="failing check"):
        sign(session, not_ready.id, rid, REVIEWER_PW)
    assert signoff_state.current_signoff(session, not_ready.id) is None


def test_wrong_reviewer_passphrase_cannot_sign(ready):
    session, cid, rid = ready
    with pytest.raises(WrongPassphrase):
        sign(session, cid, rid, "not the reviewer")
    assert signoff_state.current_signoff(session, cid) is None


def test_sign_off_then_change_sets_it_aside_and_undo_restores_it(ready):
    session, cid, rid = ready
    res = sign(session, cid, rid, REVIEWER_PW)
    assert len(res.fingerprint) == 64
    assert session.load_case(cid).status == CaseStatus.SIGNED_OFF
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == ""
    case = session.load_case(cid)
    signed_statement = case.statement
    case.statement += " One more sentence."
    session.save_case(case)
    so = signoff_state.current_signoff(session, cid)
    assert so is not None and not so.is_void
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == "the case changed after sign-off"
    assert session.load_case(cid).status != CaseStatus.SIGNED_OFF
    assert any(e.action == "signoff-mismatch" for e in session.audit_entries())
    # the typo is deleted again: the content hash matches what the reviewer signed
    case = session.load_case(cid)
    case.statement = signed_statement
    session.save_case(case)
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == ""
    assert session.load_case(cid).status == CaseStatus.SIGNED_OFF
    assert any(e.action == "signoff-matches" for e in session.audit_entries())


def test_final_packet_verifies_and_detects_tampering(ready, tmp_path):
    session, cid, rid = ready
    sign(session, cid, rid, REVIEWER_PW)
    with pytest.raises(UserError, match="passphrase"):
        export_packet(session, cid, tmp_path / "p.pdf", draft=False)
    with pytest.raises(WrongPassphrase):
        export_packet(session, cid, tmp_path / "p.pdf", draft=False, reviewer_passphrase="guess")
    assert not (tmp_path / "p.pdf").exists()
    res = export_packet(session, cid, tmp_path / "p.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)
    assert res.signed and res.pages > 5
    check = verify_packet_file(tmp_path / "p.pdf", session)
    assert check.ok, check.problems
    assert check.signer and "Amira Solis" in check.signer
    if shutil.which("qpdf"):
        assert (
            subprocess.run(["qpdf", "--check", str(tmp_path / "p.pdf")], capture_output=True).returncode == 0
        )
    # one byte of the PDF
    raw = bytearray((tmp_path / "p.pdf").read_bytes())
    raw[len(raw) // 3] ^= 0x01
    (tmp_path / "bad.pdf").write_bytes(bytes(raw))
    bad = verify_packet_file(tmp_path / "bad.pdf")
    assert not bad.ok and bad.problems
    # the case after sign-off
    case = session.load_case(cid)
    case.duration_months = (case.duration_months or 1) + 1
    session.save_case(case)
    later = verify_packet_file(tmp_path / "p.pdf", session)
    assert not later.ok and any("changed after sign-off" in p for p in later.problems)


def test_tampered_exhibit_is_reported(ready, tmp_path):
    session, cid, rid = ready
    sign(session, cid, rid, REVIEWER_PW)
    export_packet(session, cid, tmp_path / "p.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)
    ev = session.load_case(cid).evidence[0]
    path = session.vault.attachments.path_for(ev.attachment_id)
    raw = bytearray(path.read_bytes())
    raw[40] ^= 0x01
    path.write_bytes(bytes(raw))
    check = verify_packet_file(tmp_path / "p.pdf", session)
    assert not check.ok and any("exhibit" in p for p in check.problems)
    assert signoff_state.signoff_problem(session, session.load_case(cid)) != ""


def test_draft_needs_no_signoff_and_is_watermarked(ready, tmp_path):
    session, _, _ = ready
    cid = next(r.id for r in session.list_cases() if "fail" in r.readiness)
    res = export_packet(session, cid, tmp_path / "draft.pdf", draft=True)
    assert not res.signed
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "draft.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "DRAFT" in text
    with pytest.raises(UserError, match="valid sign-off"):
        export_packet(session, cid, tmp_path / "final.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)
    assert not (tmp_path / "final.pdf").exists()


def test_next_export_removes_a_half_packet_left_by_a_killed_export(ready, tmp_path):
    session, cid, _ = ready
    stale = tmp_path / ".p.pdf.partial-dead"
    stale.write_bytes(b"%PDF-1.7 plaintext of an interrupted build")
    other = tmp_path / ".someone-else.pdf.partial-keep"
    other.write_bytes(b"not ours")
    export_packet(session, cid, tmp_path / "p.pdf", draft=True)
    assert not stale.exists() and other.exists()


def test_packet_from_another_vault_verifies_by_the_shared_roster(ready, tmp_path, paths):
    """A reviewer at another site checks a packet with their own vault open: PDF, manifest and the org's
    roster (pinned there too); a vault without that roster cannot say who signed."""
    from parole_desktop.paths import AppPaths
    from parole_desktop.services import roster
    from parole_desktop.services.session import create_vault
    from tests.services.test_signoff_packets import REVIEWER_PW as PW

    session, cid, rid = ready
    sign(session, cid, rid, PW)
    export_packet(session, cid, tmp_path / "p.pdf", draft=False, reviewer_passphrase=PW)
    org_roster = roster.pinned_roster(session.vault)
    other, _ = create_vault(AppPaths(tmp_path / "other-site"), "another vault passphrase")
    try:
        unknown = verify_packet_file(tmp_path / "p.pdf", other)
        roster.import_roster(
            other.vault, org_roster, actor="admin", expected_fingerprint=org_roster.org_fingerprint
        )
        check = verify_packet_file(tmp_path / "p.pdf", other)
    finally:
        other.close()
    assert not unknown.ok and any("unknown key" in p for p in unknown.problems)
    assert check.ok and not check.problems
    assert check.reviewer == "Amira Solis" and check.roster_org == org_roster.org_name
    assert any("another vault" in n for n in check.notes)
