"""One source of truth: the checklist, the step marks, the People tab marks and the Checks step agree."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Severity
from parole_desktop.services import case_json
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import CHECKS, EVIDENCE, PEOPLE
from tests.conftest import FIXTURES

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    "fixture",
    ["medical_uscis_complete.json", "protection_afghanistan_uscis.json", "draft_minimal_uscis.json"],
)
def test_marks_counts_and_checklist_come_from_the_same_findings(qtbot, session, fixture):
    case = case_json.load_file(FIXTURES / "cases" / fixture)
    case.evidence = []
    case_id = session.save_case(case).id
    session.add_evidence_bytes(
        case_id,
        minimal_pdf(["Synthetic passport"]),
        "passport.pdf",
        kind="identity_document",
        title="Passport",
    )
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(case_id)
    fails = [f for f in ws.result.findings if f.severity == Severity.FAIL]
    # each checklist line shows the weight of its worst finding: ✗ must fix, ⚠ warning; a line with no
    # finding is never shown as missing (another check comes first, or it is attached)
    weight = {Severity.FAIL: 0, Severity.WARN: 1, Severity.INFO: 2}
    by_field: dict[str, Severity] = {}
    for f in ws.result.findings:
        if (
            f.field.startswith("checklist.")
            and weight[f.severity] < weight[by_field.get(f.field, Severity.INFO)]
        ):
            by_field[f.field] = f.severity
    rows = {
        ws.evidence.checklist.topLevelItem(r).data(0, 0x0100): ws.evidence.checklist.topLevelItem(r).text(0)
        for r in range(ws.evidence.checklist.topLevelItemCount())
    }
    for item in ws.evidence.items:
        if by_field.get(item.field) == Severity.FAIL:
            assert rows[item.item_id].startswith("✗"), (item.item_id, rows[item.item_id])
        elif by_field.get(item.field) == Severity.WARN and not item.untranslated_ids:
            assert rows[item.item_id].startswith("⚠"), (item.item_id, rows[item.item_id])
        elif item.satisfied:
            assert rows[item.item_id].startswith("✓"), (item.item_id, rows[item.item_id])
        else:
            assert not rows[item.item_id].startswith("✗"), (item.item_id, rows[item.item_id])
    assert ws.step_fails(EVIDENCE) == sum(1 for f in fails if f.field.startswith(("checklist.", "evidence.")))
    # the step marks add up to the Checks count, and the People tabs to the People mark
    marked = sum(ws.step_fails(i) for i in range(ws.nav.count()) if i != CHECKS)
    assert marked == len(fails)
    assert f"{len(fails)} to fix" in ws.nav.item(CHECKS).text() or (
        not fails and "✓" in ws.nav.item(CHECKS).text()
    )
    tab_total = sum(
        int(ws.people.tabs.tabText(i).split("●")[1])
        for i in range(ws.people.tabs.count())
        if "●" in ws.people.tabs.tabText(i)
    )
    assert tab_total == ws.step_fails(PEOPLE)
    shown = ws.nav.item(EVIDENCE).text()
    assert ("✓" in shown) == (ws.step_fails(EVIDENCE) == 0)
    ws.clear()


def test_a_fee_receipt_filed_under_the_checklist_item_satisfies_the_fee_rule(qtbot, session):
    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    case_id = session.save_case(case).id
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(case_id)
    assert any(f.rule_id == "HP-FEE-01" for f in ws.result.findings)
    session.add_evidence_bytes(
        case_id,
        minimal_pdf(["Synthetic money order receipt"]),
        "receipt.pdf",
        kind="fee_payment_or_waiver",
        title="Money order receipt",
    )
    ws.refresh_checks()
    assert not any(f.rule_id == "HP-FEE-01" for f in ws.result.findings)
    line = next(i for i in ws.evidence.items if i.item_id == "fee_payment_or_waiver")
    assert line.satisfied
    ws.clear()
