"""The new case fields of rules pack 2026.12 in the workspace: typed, autosaved, stored, and reached from a finding."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from parole_desktop.domain.enums import Answer, PaymentMethod
from parole_desktop.ui.workspace.workspace import BACKGROUND, CHECKS, PEOPLE, REASON
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(qtbot, session):
    ws = shown_workspace(qtbot, session)
    yield ws
    ws.clear()


def _saved(qtbot, ws):
    qtbot.waitUntil(lambda: not ws.has_pending_edits(), timeout=3000)


@pytest.mark.slow
def test_passport_name_payment_and_explanations_are_typed_and_stored(qtbot, workspace, session):
    case_id = session.new_case("فرشته", "رحیمی").id
    ws = workspace
    ws.load_case(case_id)

    # the finding for the missing Latin name jumps to the new field
    ws.go_to_step(CHECKS)
    by_rule = {i.text(1): i for i in ws.checks.finding_items()}
    assert "HP-ID-10" in by_rule and "HP-ID-09" in by_rule
    ws.checks.tree.itemActivated.emit(by_rule["HP-ID-10"], 0)
    field = ws.people.beneficiary.widgets["passport_family_name"]
    assert ws.current_step() == PEOPLE
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=1000)
    qtbot.keyClicks(ws.people.beneficiary.widgets["passport_given_name"], "FERESHTEH")
    qtbot.keyClicks(field, "RAHIMI")
    qtbot.keyClicks(ws.people.beneficiary.widgets["country_of_birth"], "AF")
    _saved(qtbot, ws)

    ws.go_to_step(REASON)
    ws.reason.payment_method.set_value(PaymentMethod.G1650)
    qtbot.keyClicks(ws.reason.payer_name, "Laila Noori")
    ws.reason.payer_us_bank.setChecked(True)
    qtbot.keyClicks(ws.reason.deceased_name, "Ahmad Rahimi")
    _saved(qtbot, ws)

    ws.go_to_step(BACKGROUND)
    ws.background.buttons["prior_visa_denials"][Answer.YES].setChecked(True)
    qtbot.keyClicks(ws.background.explanations["prior_visa_denials"], "B-2 refused in Kabul, 2019.")
    _saved(qtbot, ws)

    stored = session.load_case(case_id)
    b = stored.beneficiary
    assert (b.given_name, b.family_name) == ("فرشته", "رحیمی"), "the name as typed is kept"
    assert (b.passport_given_name, b.passport_family_name, b.country_of_birth) == (
        "FERESHTEH",
        "RAHIMI",
        "AF",
    )
    assert (stored.payment_method, stored.payer_name, stored.payer_us_bank_account) == (
        PaymentMethod.G1650,
        "Laila Noori",
        True,
    )
    assert stored.deceased_name == "Ahmad Rahimi"
    assert stored.background.prior_visa_denials_explanation == "B-2 refused in Kabul, 2019."

    ws.go_to_step(CHECKS)
    shown = {i.text(1) for i in ws.checks.finding_items()}
    assert not {"HP-ID-10", "HP-ID-09", "HP-BG-04"} & shown
    assert [r.id for r in session.search("FERESHTEH")] == [case_id]

    ws.load_case(case_id)  # a fresh load shows what was stored
    assert ws.reason.payment_method.value() == PaymentMethod.G1650
    assert ws.background.explanations["prior_visa_denials"].text() == "B-2 refused in Kabul, 2019."
