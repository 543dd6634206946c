"""The outcome step (#21 item 1): an approval's I-94 and expiry go onto the beneficiary's paroles, stored and
shown in the person's parole table; a change of decision takes the record away again. Continuous presence
of a re-parole request is edited on the reason step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit

from parole_desktop.domain.enums import Answer, Decision, RequestType
from parole_desktop.services import case_json
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import OUTCOME, REASON
from tests.conftest import FIXTURES


@pytest.fixture
def ws(qtbot, session):
    w = CaseWorkspace(session)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    w.clear()


@pytest.fixture
def case_id(session) -> int:
    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    return int(session.save_case(case).id or 0)


def test_an_approval_typed_on_the_outcome_step_becomes_a_parole_of_the_beneficiary(
    qtbot, ws, session, case_id
):
    ws.load_case(case_id)
    ws.go_to_step(OUTCOME)
    page = ws.outcome
    qtbot.keyClicks(page.filed_on, "2026-01-05")
    page.decision.set_value(Decision.APPROVED)
    qtbot.keyClicks(page.decided_on, "2026-03-02")
    qtbot.keyClicks(page.i94, "987654321B2")
    qtbot.keyClicks(page.parole_expiry, "2027-03-01")
    assert ws.flush()
    b = session.load_case(case_id).beneficiary
    assert b is not None
    assert [(r.source, r.i94_number, r.expires_on) for r in b.paroles] == [
        ("outcome", "987654321B2", dt.date(2027, 3, 1))
    ]
    # opened again: the person's parole table shows the grant
    ws.load_case(case_id)
    table = ws.people.beneficiary.widgets["paroles"]
    assert table.table.rowCount() == 1
    first = table.cell(0, 0)
    assert isinstance(first, QLineEdit) and first.text() == "987654321B2"
    # saving every page again keeps exactly one record; a change of decision removes it
    ws.go_to_step(OUTCOME)
    ws.outcome.decision.set_value(Decision.DENIED)
    assert ws.flush()
    b = session.load_case(case_id).beneficiary
    assert b is not None and b.paroles == []


def test_continuous_presence_is_edited_on_the_reason_step(qtbot, ws, session, case_id):
    ws.load_case(case_id)
    ws.go_to_step(REASON)
    page = ws.reason
    page.request_type.set_value(RequestType.RE_PAROLE)
    page.continuous_presence.set_value(Answer.NO)
    qtbot.keyClicks(page.continuous_presence_note, "Canada, 2026-08-01 to 08-09")
    assert ws.flush()
    stored = session.load_case(case_id)
    assert stored.request_type == RequestType.RE_PAROLE
    assert (stored.continuous_presence, stored.continuous_presence_note) == (
        Answer.NO,
        "Canada, 2026-08-01 to 08-09",
    )
    assert "case.continuous_presence" in page.fields()


def test_the_reason_step_offers_the_packs_exceptions_and_the_evidence_step_asks_for_its_evidence(
    qtbot, ws, session, case_id
):
    ws.load_case(case_id)
    ws.go_to_step(REASON)
    combo = ws.reason.suspension_exception
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered[0] == "" and "lawful_permanent_resident" in offered and "national_interest_doj" in offered
    words = combo.itemText(offered.index("lawful_permanent_resident"))
    assert words == "Lawful permanent resident of the United States"
    combo.setCurrentIndex(offered.index("lawful_permanent_resident"))
    qtbot.keyClicks(ws.reason.suspension_exception_note, "green card since 2019")
    assert ws.flush()
    stored = session.load_case(case_id)
    assert (stored.suspension_exception, stored.suspension_exception_note) == (
        "lawful_permanent_resident",
        "green card since 2019",
    )
    ws.load_case(case_id)
    kinds = dict(ws.evidence.kinds())
    assert kinds["suspension_exception_evidence"] == "Evidence for the entry-suspension exception claimed"
