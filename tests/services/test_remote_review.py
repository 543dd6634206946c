"""Remote review (#23 item 7): two laptops of one organization — A, the volunteer's, and B, the reviewer's —
with one roster listing both laptops and the reviewer. The case reaches B (here by its case JSON with its
uid and the same evidence files: the revisions of the exchange carry it later), the reviewer signs off on
B, the sealed sign-off reaches A, and A records it only when it holds for the case A has. Every refusal is
performed: the case changed on A, a revoked reviewer, a forged manifest, a case A does not hold, a rules
pack A does not hold, a sign-off from a revoked laptop, a sign-off replayed as another kind of object."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Severity
from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome
from parole_desktop.exchange.seal import Quarantined
from parole_desktop.paths import AppPaths
from parole_desktop.rules import load_pack
from parole_desktop.services import case_json, checks, devices, org_packs, remote_review, roster, signoff
from parole_desktop.services.checks import attach_checks, run_checks
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault
from parole_desktop.services.signoff_state import current_signoff, portable_hash, signoff_problem
from tests.conftest import COMPLETE_CASE_KINDS, FIXTURES, PASSPHRASE
from tests.services.roster_helpers import new_org, sign

REVIEWER_PW = "the reviewer's own words 77"


def _laptop(tmp_path: Path, name: str):
    s, _ = create_vault(AppPaths(tmp_path / name), PASSPHRASE, actor=name)
    devices.rename(s, name)
    attach_checks(s)
    return s


def _add_evidence(s, case_id: int, files: Path) -> None:
    for kind in COMPLETE_CASE_KINDS:
        title = "Form G-1450 (card payment)" if kind == "fee_payment" else kind.replace("_", " ").capitalize()
        s.add_evidence(case_id, files / f"{kind}.pdf", kind=kind, title=title)


class Org:
    def __init__(self, tmp_path: Path) -> None:
        self.key = new_org()
        self.a = _laptop(tmp_path, "volunteer-laptop")
        self.b = _laptop(tmp_path, "reviewer-laptop")
        self.files = tmp_path / "scans"
        self.files.mkdir()
        for kind in COMPLETE_CASE_KINDS:
            (self.files / f"{kind}.pdf").write_bytes(minimal_pdf([f"{kind} (synthetic)"]))
        prof = signoff.create_reviewer(self.b, "Amira Solis", "attorney", REVIEWER_PW, number="CA-1")
        self.reviewer_id = int(prof.id or 0)
        r = roster.add_reviewer(
            self.key,
            roster.new_roster(self.key),
            signoff.reviewer_enrolment(self.b, self.reviewer_id, REVIEWER_PW),
        )
        for s in (self.a, self.b):
            r = roster.add_device(self.key, r, identity.parse_enrolment(devices.enrolment_request(s)))
        self.roster = r
        for s in (self.a, self.b):
            roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=self.key.fingerprint)
        # intake on A
        case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
        case.evidence = []
        self.case_a = int(self.a.save_case(case).id or 0)
        _add_evidence(self.a, self.case_a, self.files)
        assert not [f for f in run_checks(self.a, self.case_a).findings if f.severity == Severity.FAIL]
        # the case reaches B: its JSON with its uid (and the people's), the same evidence files
        doc = json.loads(self.a.case_json(self.case_a))
        doc["evidence"] = []
        path = tmp_path / "case.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        self.case_b = int(self.b.import_case(path).id or 0)
        _add_evidence(self.b, self.case_b, self.files)

    def update_roster(self, new: roster.Roster) -> None:
        self.roster = new
        for s in (self.a, self.b):
            roster.import_roster(s.vault, new, actor="org admin")

    def sign_on_b(self):
        return sign(self.b, self.case_b, self.reviewer_id, REVIEWER_PW)

    def send(self, sender=None, receiver=None):
        """B's sign-offs to send, sealed, opened and received by A: the Received of each."""
        sender, receiver = sender or self.b, receiver or self.a
        out = []
        for item in remote_review.signoffs_to_send(sender):
            obj = remote_review.seal_signoff(sender, item)
            opened = devices.open_from_org(receiver, obj.data, context=remote_review.CONTEXT)
            out.append(remote_review.receive_signoff(receiver, opened, obj.object_id))
        return out

    def close(self) -> None:
        for s in (self.a, self.b):
            if not s.closed:
                s.close()


@pytest.fixture
def org(tmp_path):
    o = Org(tmp_path)
    yield o
    o.close()


def test_the_same_case_has_the_same_portable_hash_on_both_laptops(org):
    a, b = org.a.load_case(org.case_a), org.b.load_case(org.case_b)
    assert a.uid == b.uid and a.uid
    assert portable_hash(a) == portable_hash(b)
    # the vault-local content hash would not do: evidence is numbered per vault
    other = copy.deepcopy(a)
    other.evidence[0].title += " (copy)"
    assert portable_hash(other) != portable_hash(a)


def test_a_sign_off_on_b_is_recorded_on_a_and_holds_there(org):
    assert remote_review.signoffs_to_send(org.b) == []  # nothing signed yet
    result = org.sign_on_b()
    manifest = json.loads(result.manifest_json)
    (entry,) = manifest["cases"]
    assert entry["uid"] == org.a.load_case(org.case_a).uid and entry["portable_hash"]
    (outgoing,) = remote_review.signoffs_to_send(org.b)
    assert outgoing.case_ids == (org.case_b,) and outgoing.reviewer == "Amira Solis"
    obj = remote_review.seal_signoff(org.b, outgoing)
    assert b"Amira" not in obj.data and manifest["cases"][0]["uid"].encode() not in obj.data
    (got,) = org.send()
    assert got.outcome == Outcome.APPLIED, got.reason
    case = org.a.load_case(org.case_a)
    so = current_signoff(org.a, org.case_a)
    assert so is not None and so.reviewer_id is None and so.manifest_json == result.manifest_json
    assert signoff_problem(org.a, case) == ""
    assert str(case.status) == "signed_off"
    res = run_checks(org.a, org.case_a)
    assert res.signoff_valid is True and "HP-REV-01" not in {f.rule_id for f in res.findings}
    entries = org.a.vault.audit.entries()
    assert any(
        e.action == "sign_off" and "Amira Solis (on the laptop reviewer-laptop)" in e.actor for e in entries
    )
    assert any(e.action == "receive" and e.entity == "signoff" for e in entries)
    # received twice: nothing changes
    (again,) = org.send()
    assert again.outcome == Outcome.DUPLICATE
    # A never sends on a sign-off it received (the reviewer's laptop does)
    assert remote_review.signoffs_to_send(org.a) == []
    # and B's own sign-off coming back to B is a duplicate
    (back,) = org.send(receiver=org.b)
    assert back.outcome == Outcome.DUPLICATE


def test_an_edit_on_a_after_receipt_voids_the_remote_sign_off_and_undoing_it_restores_it(org):
    org.sign_on_b()
    assert org.send()[0].outcome == Outcome.APPLIED
    case = org.a.load_case(org.case_a)
    statement = case.statement
    case.statement = statement + " One more synthetic sentence."
    org.a.save_case(case)
    assert signoff_problem(org.a, org.a.load_case(org.case_a)) == "the case changed after sign-off"
    case = org.a.load_case(org.case_a)
    case.statement = statement
    org.a.save_case(case)
    assert signoff_problem(org.a, org.a.load_case(org.case_a)) == ""


def test_a_sign_off_of_content_a_no_longer_has_is_quarantined(org):
    org.sign_on_b()
    case = org.a.load_case(org.case_a)
    case.statement += " Edited on the volunteer's laptop meanwhile."
    org.a.save_case(case)
    (got,) = org.send()
    assert got.outcome == Outcome.QUARANTINED and got.code == "case_changed"
    assert got.reason.startswith("The case changed after this sign-off")
    assert current_signoff(org.a, org.case_a) is None


def test_a_sign_off_by_a_reviewer_revoked_meanwhile_is_quarantined(org):
    org.sign_on_b()
    org.update_roster(roster.revoke(org.key, org.roster, "Amira Solis", "left the organization"))
    (outgoing,) = signoffs_before_revocation(org)
    opened = devices.open_from_org(org.a, remote_review.seal_signoff(org.b, outgoing).data, context="signoff")
    got = remote_review.receive_signoff(org.a, opened)
    assert got.outcome == Outcome.QUARANTINED and got.code == "revoked_reviewer"
    assert "Signed by a revoked reviewer: Amira Solis" in got.reason and "left the organization" in got.reason
    assert current_signoff(org.a, org.case_a) is None


def signoffs_before_revocation(org):
    """B's sign-off as it was sent before the revocation reached B (B no longer lists it as valid)."""
    so = current_signoff(org.b, org.case_b)
    return [remote_review.OutgoingSignOff("x", (org.case_b,), "", "", remote_review.payload_for(so))]


@pytest.mark.parametrize("change", ["content hash", "reviewer name", "signature"])
def test_a_forged_sign_off_is_quarantined(org, change):
    """A laptop of the org (B, say, tampered with) seals a manifest it changed: the reviewer's signature
    is checked with the key the roster lists, so nothing is recorded."""
    org.sign_on_b()
    payload = json.loads(remote_review.signoffs_to_send(org.b)[0].payload)
    manifest = json.loads(payload["manifest"])
    if change == "content hash":
        manifest["cases"][0]["portable_hash"] = portable_hash(org.a.load_case(org.case_a)).replace("a", "b")
    elif change == "reviewer name":
        manifest["reviewer"]["name"] = "Someone Else"
    else:
        payload["signature"] = payload["signature"][:-4] + (
            "AAA=" if payload["signature"][-4:] != "AAA=" else "BBB="
        )
    if change != "signature":
        payload["manifest"] = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data = devices.seal_for_org(org.b, json.dumps(payload).encode(), context="signoff")
    got = remote_review.receive_signoff(org.a, devices.open_from_org(org.a, data, context="signoff"))
    assert got.outcome == Outcome.QUARANTINED and got.code == "untrusted_signoff"
    assert "does not verify with the reviewer's registered key" in got.reason
    assert current_signoff(org.a, org.case_a) is None


@pytest.mark.parametrize(
    "payload", [b"", b"{}", b"not json", b'{"format": "parole-desktop-remote-signoff", "v": 1}']
)
def test_garbage_in_a_sealed_sign_off_is_quarantined(org, payload):
    data = devices.seal_for_org(org.b, payload, context="signoff")
    got = remote_review.receive_signoff(org.a, devices.open_from_org(org.a, data, context="signoff"))
    assert got.outcome == Outcome.QUARANTINED and got.code == "damaged"


def test_a_sign_off_of_a_case_the_laptop_does_not_hold_waits(org, tmp_path):
    """A third laptop of the org, which never had the case, receives B's sign-off."""
    org.sign_on_b()
    c = _laptop(tmp_path, "site-2-laptop")
    try:
        with_c = roster.add_device(
            org.key, org.roster, identity.parse_enrolment(devices.enrolment_request(c))
        )
        org.update_roster(with_c)
        roster.import_roster(c.vault, with_c, actor="org admin", expected_fingerprint=org.key.fingerprint)
        (got,) = org.send(receiver=c)
        assert got.outcome == Outcome.WAITING and got.code == "unknown_case"
        assert "does not hold a case this sign-off covers yet: the sign-off is kept" in got.reason
        assert c.list_cases() == []
    finally:
        c.close()


def test_a_sign_off_made_with_a_rules_pack_a_does_not_hold_waits_for_it(org):
    newer = copy.deepcopy(load_pack().raw)
    newer.update(version="2027.02.0", as_of="2027-02-01")
    signed = org_packs.sign_org_pack(newer, org.key)
    checks.take_pack(org.b, signed)
    org.sign_on_b()
    (got,) = org.send()
    assert got.outcome == Outcome.WAITING and got.code == "unknown_pack"
    assert "rules pack us-hp 2027.02.0, which this laptop does not hold yet" in got.reason
    # once A holds the same pack, the same sign-off is recorded
    checks.take_pack(org.a, signed)
    (got,) = org.send()
    assert got.outcome == Outcome.APPLIED, got.reason


def test_a_sign_off_from_a_revoked_laptop_or_replayed_as_another_object_is_refused(org):
    org.sign_on_b()
    (outgoing,) = remote_review.signoffs_to_send(org.b)
    obj = remote_review.seal_signoff(org.b, outgoing)
    with pytest.raises(Quarantined) as exc:
        devices.open_from_org(org.a, obj.data, context="revision")
    assert exc.value.code == "wrong_context"
    org.update_roster(roster.revoke(org.key, org.roster, "reviewer-laptop", "stolen"))
    with pytest.raises(Quarantined, match="revoked") as exc:
        devices.open_from_org(org.a, obj.data, context="signoff")
    assert exc.value.code == "untrusted_author" and current_signoff(org.a, org.case_a) is None


def test_a_final_filing_is_built_on_the_reviewers_laptop_and_verifies_on_a(org, tmp_path):
    """The reviewer's PDF signing key never leaves B: A has no final filing of a remote sign-off until B's
    arrives, and says so; the filing B builds verifies on A against the roster and A's copy of the case."""
    from parole_desktop.packet.model import REVIEW
    from parole_desktop.services.packets import export_packet, verify_packet_file

    org.sign_on_b()
    assert org.send()[0].outcome == Outcome.APPLIED
    # the filing travels back sealed with the exchange (tests/exchange/test_remote_filing.py): not here yet
    with pytest.raises(UserError, match="the signed filing has not reached this laptop yet"):
        export_packet(org.a, org.case_a, tmp_path / "a-final.pdf", draft=False, reviewer_passphrase="x")
    record = export_packet(org.a, org.case_a, tmp_path / "a-record.pdf", draft=False, output=REVIEW)
    assert record.pages > 0 and Path(record.path).is_file()
    filing = tmp_path / "final.pdf"
    export_packet(org.b, org.case_b, filing, draft=False, reviewer_passphrase=REVIEWER_PW)
    check = verify_packet_file(filing, session=org.a)
    assert check.ok, check.problems
    assert check.reviewer == "Amira Solis" and check.roster_org == org.roster.org_name
    assert any("compared with this vault's copy of the cases" in n for n in check.notes)
    # the case changed on A: the same filing no longer matches what A holds
    case = org.a.load_case(org.case_a)
    case.statement += " Changed after the filing was built."
    org.a.save_case(case)
    check = verify_packet_file(filing, session=org.a)
    assert not check.ok and any("the case changed after sign-off" in p for p in check.problems)


def test_the_cli_lists_the_sign_offs_to_send_and_shows_a_received_one(org, tmp_path, monkeypatch, capsys):
    from parole_desktop.cli import main

    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    result = org.sign_on_b()
    assert org.send()[0].outcome == Outcome.APPLIED
    org.close()
    assert main(["--data-dir", str(tmp_path / "reviewer-laptop"), "signoffs", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["case_ids"] == [org.case_b] and listed["reviewer"] == "Amira Solis"
    assert listed["fingerprint"] == result.fingerprint
    assert main(["--data-dir", str(tmp_path / "reviewer-laptop"), "signoffs"]) == 0
    assert f"case(s) {org.case_b} · Amira Solis" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "volunteer-laptop"), "signoffs"]) == 0
    assert "No sign-off made in this vault to send" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "volunteer-laptop"), "signoff", str(org.case_a), "--show"]) == 0
    out = capsys.readouterr().out
    assert (
        "signed off by Amira Solis on the reviewer's own laptop (received sealed)" in out and "VALID" in out
    )
