"""Outcome tracking (#21 item 1): a grant's parole goes onto the beneficiary's paroles, so it is found later."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from parole_desktop.domain import codec
from parole_desktop.domain.enums import Decision, ParoleBasis, RequestType
from parole_desktop.domain.models import ParoleRecord
from parole_desktop.errors import ValidationError
from parole_desktop.services import case_json
from parole_desktop.services.checks import run_checks
from parole_desktop.services.outcomes import outcome_parole, record_outcome, sync_outcome_parole
from tests.conftest import FIXTURES

BASE = FIXTURES / "cases" / "medical_uscis_complete.json"
MANUAL = ParoleRecord(
    i94_number="111", class_of_admission="DT", expires_on=dt.date(2024, 5, 1), source="manual"
)


def _case():
    case = case_json.load_file(BASE)
    case.evidence = []
    b = case.beneficiary
    assert b is not None
    b.paroles = [MANUAL]
    return case


def test_an_approval_adds_one_outcome_record_and_a_change_of_decision_removes_it() -> None:
    case = _case()
    case.program, case.parole_basis = "U4U", ParoleBasis.URGENT_HUMANITARIAN
    o = case.outcome
    o.filed_on, o.decision, o.decided_on = dt.date(2026, 1, 5), Decision.APPROVED, dt.date(2026, 3, 2)
    o.i94_number, o.parole_expiry = "987654321B2", dt.date(2027, 3, 1)
    assert sync_outcome_parole(case) is True
    b = case.beneficiary
    assert b is not None
    assert b.paroles == [
        MANUAL,
        ParoleRecord(
            i94_number="987654321B2",
            program="U4U",
            basis="urgent_humanitarian",
            paroled_on=None,  # a first parole starts at the port of entry, on a date the outcome does not give
            expires_on=dt.date(2027, 3, 1),
            source="outcome",
        ),
    ]
    assert sync_outcome_parole(case) is False  # applied again (every autosave): nothing changes
    o.parole_expiry = dt.date(2027, 4, 1)
    assert sync_outcome_parole(case) is True
    assert [r.expires_on for r in b.paroles] == [dt.date(2024, 5, 1), dt.date(2027, 4, 1)]
    o.decision = Decision.DENIED
    assert sync_outcome_parole(case) is True
    assert b.paroles == [MANUAL]  # the hand-typed record stays


def test_a_grant_in_the_us_takes_effect_with_the_decision() -> None:
    case = _case()
    case.request_type = RequestType.RE_PAROLE
    case.outcome.decision, case.outcome.decided_on = Decision.APPROVED, dt.date(2026, 6, 1)
    case.outcome.parole_expiry = dt.date(2027, 6, 1)
    rec = outcome_parole(case)
    assert rec is not None and rec.paroled_on == dt.date(2026, 6, 1) and rec.i94_number == ""
    case.outcome.parole_expiry = None
    assert outcome_parole(case) is None  # nothing of the grant recorded: no record


def test_recording_the_grant_does_not_change_the_signed_content_hash() -> None:
    case = _case()
    before = codec.content_hash(case)
    case.outcome.decision, case.outcome.parole_expiry = Decision.APPROVED, dt.date(2027, 3, 1)
    assert sync_outcome_parole(case)
    assert codec.content_hash(case) == before
    b = case.beneficiary
    assert b is not None
    b.paroles[-1].source = "manual"  # the same record typed by hand is content
    assert codec.content_hash(case) != before


def test_record_outcome_stores_it_and_the_expiring_parole_is_found_later(session, tmp_path) -> None:
    case = _case()
    assert case.beneficiary is not None
    case.beneficiary.paroles = []  # no earlier parole: only the one this request's approval gives
    case = session.save_case(case)
    saved = record_outcome(
        session,
        case.id,
        filed_on="2026-01-05",
        decision="approved",
        decided_on="2026-03-02",
        i94_number="987654321B2",
        parole_expiry="2027-01-10",
    )
    stored = session.load_case(case.id)
    assert stored.outcome.decision == Decision.APPROVED and stored.outcome.parole_expiry == dt.date(
        2027, 1, 10
    )
    b = stored.beneficiary
    assert b is not None and [r.source for r in b.paroles] == ["outcome"]
    assert b.paroles[-1].i94_number == "987654321B2" and saved.id == case.id
    # the record travels with the case (export, import)
    out = session.export_case(case.id, tmp_path / "c.json")
    assert json.loads(out.read_text(encoding="utf-8"))["people"][0]["paroles"][-1]["source"] == "outcome"
    # later: the parole this request gave is found when it comes close to its expiry
    early = [
        f
        for f in run_checks(session, case.id, today=dt.date(2026, 6, 1)).findings
        if f.rule_id == "HP-RPL-04"
    ]
    assert early == []
    late = [
        f
        for f in run_checks(session, case.id, today=dt.date(2026, 11, 23)).findings
        if f.rule_id == "HP-RPL-04"
    ]
    assert [(f.severity, f.field) for f in late] == [("warn", "outcome.parole_expiry")]
    assert "The parole granted on this request expires on 2027-01-10, in 48 days" in late[0].message
    gone = [
        f
        for f in run_checks(session, case.id, today=dt.date(2027, 2, 1)).findings
        if f.rule_id == "HP-RPL-04"
    ]
    assert "expired on 2027-01-10" in gone[0].message


def test_a_parole_recorded_by_hand_on_a_first_parole_request_is_found(session) -> None:
    case = session.save_case(_case())
    session.edit_case(
        case.id,
        [
            "people[beneficiary].current_country=United States",
            'people[beneficiary].paroles=[{"i94_number": "555", "class_of_admission": "DT", '
            '"expires_on": "2026-12-20", "source": "manual"}]',
        ],
    )
    found = [
        f
        for f in run_checks(session, case.id, today=dt.date(2026, 11, 23)).findings
        if f.rule_id == "HP-RPL-04"
    ]
    assert len(found) == 1
    assert "(I-94 555, that expires soon, on 2026-12-20) and is recorded in the US" in found[0].message


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"decision": "granted"}, "outcome.decision", "one of approved, denied, withdrawn"),
        ({"parole_expiry": "2027-02-30"}, "outcome.parole_expiry", "not a date"),
        ({"filed_on": "2026-05-01", "decided_on": "2026-04-01"}, "outcome.decided_on", "before the filing"),
        ({"status": "decided"}, "outcome.status", "not an outcome field"),
    ],
)
def test_a_bad_outcome_is_refused_and_nothing_is_written(session, changes, path, words) -> None:
    case = session.save_case(_case())
    with pytest.raises(ValidationError) as err:
        record_outcome(session, case.id, **changes)
    assert err.value.path == path and words in str(err.value)
    stored = session.load_case(case.id)
    assert stored.outcome == case.outcome
    b = stored.beneficiary
    assert b is not None and b.paroles == [MANUAL]
