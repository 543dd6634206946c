"""Remote review through the exchange (#23 items 7 and 8), with no transport change: the case reaches the
reviewer's laptop B as revisions and evidence objects (``services/exchange.VaultObjects``), the reviewer
signs off on B, the sealed sign-off comes back to A with B's next delivery and A records it; an org-signed
rules pack imported on one laptop reaches the others the same way. Real vaults, real seals."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Severity
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import SealedObject
from parole_desktop.paths import AppPaths
from parole_desktop.rules import load_pack
from parole_desktop.services import case_json, checks, devices, exchange, org_packs, roster, signoff
from parole_desktop.services.checks import attach_checks, run_checks
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault
from parole_desktop.services.signoff_state import current_signoff, portable_hash, signoff_problem
from tests.conftest import COMPLETE_CASE_KINDS, FIXTURES, PASSPHRASE
from tests.exchange.laptops import deliver
from tests.services.roster_helpers import new_org, sign

REVIEWER_PW = "the reviewer's own words 77"


@pytest.fixture
def org(tmp_path: Path):
    """(org key, roster, A, B, reviewer id on B, case id on A): a complete case on A, nothing sent yet."""
    key = new_org()
    laptops = []
    for name in ("volunteer-laptop", "reviewer-laptop"):
        s, _ = create_vault(AppPaths(tmp_path / name), PASSPHRASE, actor=f"volunteer on {name}")
        devices.rename(s, name)
        attach_checks(s)
        laptops.append(s)
    a, b = laptops
    prof = signoff.create_reviewer(b, "Amira Solis", "attorney", REVIEWER_PW, number="CA-1")
    r = roster.add_reviewer(
        key, roster.new_roster(key), signoff.reviewer_enrolment(b, int(prof.id or 0), REVIEWER_PW)
    )
    for s in laptops:
        r = roster.add_device(key, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in laptops:
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=key.fingerprint)
    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    cid = int(a.save_case(case).id or 0)
    for kind in COMPLETE_CASE_KINDS:
        f = tmp_path / f"{kind}.pdf"
        f.write_bytes(minimal_pdf([f"{kind} (synthetic)"]))
        title = "Form G-1450 (card payment)" if kind == "fee_payment" else kind.replace("_", " ").capitalize()
        a.add_evidence(cid, f, kind=kind, title=title)
    assert not [f for f in run_checks(a, cid).findings if f.severity == Severity.FAIL]
    yield key, r, a, b, int(prof.id or 0), cid
    for s in laptops:
        s.close()


def _the_case_on(s, uid: str) -> int:
    (summary,) = [c for c in s.list_cases() if s.load_case(c.id).uid == uid]
    return summary.id


def test_intake_on_a_review_on_b_and_the_sign_off_back_on_a(org):
    _key, _r, a, b, rid, cid = org
    uid = a.load_case(cid).uid
    deliver(a, b)
    on_b = _the_case_on(b, uid)
    assert portable_hash(b.load_case(on_b)) == portable_hash(a.load_case(cid))
    result = sign(b, on_b, rid, REVIEWER_PW)
    outcomes = deliver(b, a)
    assert "quarantined" not in outcomes, exchange.quarantine(a)
    so = current_signoff(a, cid)
    assert so is not None and so.manifest_json == result.manifest_json and so.reviewer_id is None
    assert signoff_problem(a, a.load_case(cid)) == ""
    assert str(a.load_case(cid).status) == "signed_off"
    # delivered again: nothing new, nothing quarantined
    assert set(deliver(b, a)) <= {"duplicate"}
    assert exchange.quarantine(a) == []


def test_a_sign_off_of_content_a_changed_meanwhile_is_in_as_quarantine_with_the_reason(org):
    _key, _r, a, b, rid, cid = org
    uid = a.load_case(cid).uid
    deliver(a, b)
    sign(b, _the_case_on(b, uid), rid, REVIEWER_PW)
    case = a.load_case(cid)
    case.statement += " Edited on the volunteer's laptop after it was sent for review."
    a.save_case(case)
    assert "quarantined" in deliver(b, a)
    (entry,) = [q for q in exchange.quarantine(a) if q.kind == "signoff"]
    assert entry.code == "case_changed" and entry.reason.startswith("The case changed after this sign-off")
    assert current_signoff(a, cid) is None


def test_a_sign_off_that_arrives_before_its_case_waits_and_is_recorded_when_the_case_comes(org, tmp_path):
    """A third laptop C gets B's objects in reverse order: the sign-off first (it waits), then the rest."""
    key, r, a, b, rid, cid = org
    uid = a.load_case(cid).uid
    c, _ = create_vault(AppPaths(tmp_path / "site-2"), PASSPHRASE, actor="volunteer on site-2")
    try:
        devices.rename(c, "site-2")
        attach_checks(c)
        r2 = roster.add_device(key, r, identity.parse_enrolment(devices.enrolment_request(c)))
        for s in (a, b, c):
            roster.import_roster(s.vault, r2, actor="org admin", expected_fingerprint=key.fingerprint)
        deliver(a, b)
        sign(b, _the_case_on(b, uid), rid, REVIEWER_PW)
        src, dst = exchange.VaultObjects(b), exchange.VaultObjects(c)
        objs = src.pending_for(devices.device_info(c).device_id)
        got = [dst.receive(o).outcome.value for o in reversed(objs)]
        assert "quarantined" not in got, exchange.quarantine(c)
        assert current_signoff(c, _the_case_on(c, uid)) is not None
        assert signoff_problem(c, c.load_case(_the_case_on(c, uid))) == ""
    finally:
        c.close()


def test_an_org_signed_pack_imported_on_one_laptop_reaches_the_others(org):
    key, _r, a, b, _rid, _cid = org
    newer = copy.deepcopy(load_pack().raw)
    newer.update(version="2027.02.0", as_of="2027-02-01")
    checks.take_pack(a, org_packs.sign_org_pack(newer, key))
    deliver(a, b)
    pack, signer = checks.active_pack_signer(b)
    assert pack.version == "2027.02.0" and signer.kind == "org" and signer.fingerprint == key.fingerprint
    # B passes it on too; A answers duplicate, nothing is quarantined
    assert "quarantined" not in deliver(b, a) and exchange.quarantine(a) == []
    # another org's pack sealed by a laptop of this org is quarantined with its reason
    other = org_packs.sign_org_pack(newer | {"version": "2027.03.0", "as_of": "2027-03-01"}, new_org())
    blob = devices.seal_for_org(b, other, context="rules-pack")
    got = exchange.VaultObjects(a).receive(SealedObject(blob))
    assert got.outcome.value == "quarantined" and got.code == "other_org"
    assert [q.code for q in exchange.quarantine(a) if q.kind == "rules-pack"] == ["other_org"]
