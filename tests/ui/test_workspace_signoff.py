"""Workspace review and export: sign off through the widgets, export a final packet, verify it, void banner."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from parole_desktop.domain.enums import ReviewerRole
from parole_desktop.services import packets, signoff, signoff_state
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import CHECKS, EXPORT, OUTCOME, REVIEW
from tests.services.roster_helpers import enrol

pytestmark = pytest.mark.gui

REVIEWER_PASS = "reviewer passphrase for tests 42"


@pytest.fixture
def reviewer(session):
    prof = signoff.create_reviewer(
        session,
        "Rita Reviewer",
        ReviewerRole.ATTORNEY,
        REVIEWER_PASS,
        number="DC-12345",
        organization="Example Legal Aid",
    )
    enrol(session, prof.id, REVIEWER_PASS)  # listed in the organization's trust roster
    return prof


@pytest.fixture
def ws(qtbot, session):
    w = CaseWorkspace(session)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    w.clear()


def sign_through_widgets(qtbot, ws, passphrase):
    ws.go_to_step(REVIEW)
    page = ws.review
    assert page.reviewer.count() == 1
    for i, edit in enumerate(page.reason_edits.values()):  # each warning accepted with its own reason
        qtbot.keyClicks(edit, f"Weighed note {i} against the recorded evidence; acceptable for this request.")
    qtbot.keyClicks(page.passphrase, passphrase)
    with qtbot.waitSignal(page.signFinished, timeout=30_000):  # signs off in a background task
        page.sign_button.click()
    return page


@pytest.mark.slow
def test_sign_off_and_export_final_packet(qtbot, ws, session, complete_case, reviewer, tmp_path):
    ws.load_case(complete_case)
    page = sign_through_widgets(qtbot, ws, REVIEWER_PASS)
    assert page.banner.property("state") == "valid"
    assert ws.nav.item(REVIEW).text().endswith("✓")
    assert "Rita Reviewer" in page.banner.text()
    assert signoff_state.signoff_problem(session, session.load_case(complete_case)) == ""

    ws.go_to_step(EXPORT)
    exp = ws.export
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    exp.folder.setText(str(out_dir))
    exp.final.setChecked(True)
    qtbot.keyClicks(exp.passphrase, REVIEWER_PASS)
    with qtbot.waitSignal(exp.exported, timeout=60_000):
        exp.export_button.click()
    result, check = exp.result, exp.verification
    assert result.signed and not result.draft
    pdfs = list(out_dir.glob("*.pdf"))
    assert [p.name for p in pdfs] == [exp.destination().name]
    assert check.ok, check.problems
    assert packets.verify_packet_file(pdfs[0], session=session).ok
    assert "Verified" in exp.verify_label.text()
    assert exp.passphrase.text() == ""  # not kept around


@pytest.mark.slow
def test_wrong_passphrase_is_a_plain_message(qtbot, ws, session, complete_case, reviewer):
    ws.load_case(complete_case)
    page = sign_through_widgets(qtbot, ws, "not the passphrase")
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "passphrase" in boxes[0].text().lower()
    assert signoff_state.current_signoff(session, complete_case) is None
    assert page.banner.property("state") == "none"


@pytest.mark.slow
def test_signed_case_is_locked_names_the_change_and_undo_restores_the_sign_off(
    qtbot, ws, session, complete_case, reviewer, monkeypatch
):
    ws.load_case(complete_case)
    sign_through_widgets(qtbot, ws, REVIEWER_PASS)
    guard = ws.guard
    assert guard.isVisible() and "Rita Reviewer" in guard.text.text()
    other_names = ws.people.beneficiary.widgets["other_names"]
    ws.go_to_step(0)
    assert not other_names.isEnabled()  # a slip of the keyboard cannot set the sign-off aside
    qtbot.keyClicks(other_names, "Farzaneh")
    assert other_names.text() == "" and not ws.has_pending_edits()

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: next(answers))
    assert not guard.ask_to_change()
    assert not other_names.isEnabled()
    assert guard.ask_to_change()
    assert other_names.isEnabled()

    qtbot.keyClicks(other_names, "Farzaneh")
    assert ws.flush()
    assert "Other names used (beneficiary)" in guard.text.text()
    assert "no longer matches" in guard.text.text()
    assert str(session.load_case(complete_case).status) != "signed_off"
    ws.go_to_step(REVIEW)
    assert ws.review.banner.property("state") == "void"
    assert ws.nav.item(REVIEW).text().endswith("void")

    # the typo is deleted: the content is back as signed, and so is the sign-off
    ws.go_to_step(0)
    other_names.clear()
    assert ws.flush()
    assert signoff_state.signoff_problem(session, session.load_case(complete_case)) == ""
    assert str(session.load_case(complete_case).status) == "signed_off"
    assert ws.nav.item(REVIEW).text().endswith("✓")
    assert "matches" in guard.text.text() and "no longer" not in guard.text.text()


@pytest.mark.slow
def test_draft_export_and_outcome_status(qtbot, ws, session, complete_case, tmp_path):
    ws.load_case(complete_case)
    ws.go_to_step(EXPORT)
    exp = ws.export
    exp.folder.setText(str(tmp_path))
    with qtbot.waitSignal(exp.exported, timeout=60_000):
        exp.export_button.click()
    assert exp.result.draft and exp.verification is not None
    assert exp.destination().exists()

    ws.go_to_step(OUTCOME)
    qtbot.keyClicks(ws.outcome.receipt, "IOE0123456789")
    assert ws.outcome.set_status("filed")
    stored = session.load_case(complete_case)
    assert str(stored.status) == "filed"
    assert stored.outcome.receipt_number == "IOE0123456789"
    assert stored.outcome.filed_on is not None


@pytest.mark.slow
def test_decision_before_filing_is_refused(qtbot, ws, session, complete_case, monkeypatch):
    from parole_desktop.ui.workspace import outcome as outcome_module

    messages: list[str] = []
    monkeypatch.setattr(outcome_module, "show_error", lambda parent, text, *a: messages.append(text))
    ws.load_case(complete_case)
    ws.go_to_step(OUTCOME)
    page = ws.outcome
    qtbot.keyClicks(page.filed_on, "2026-11-20")
    assert page.set_status("filed")
    page.decision.set_value(page.decision._values[1])  # approved
    qtbot.keyClicks(page.decided_on, "2026-11-01")
    assert "before the filing date" in page.decided_on.toolTip()
    assert not page.set_status("decided")
    assert messages and "before the filing date" in messages[-1]
    assert str(session.load_case(complete_case).status) == "filed"
    page.decided_on.clear()
    qtbot.keyClicks(page.decided_on, "2026-12-01")
    assert page.decided_on.toolTip() == ""
    assert not page.set_status("decided")  # an approval needs the parole expiry
    assert "parole expires" in messages[-1]
    qtbot.keyClicks(page.parole_expiry, "2027-12-01")
    assert page.set_status("decided")
    assert str(session.load_case(complete_case).status) == "decided"


@pytest.mark.slow
def test_run_checks_again_rehashes_files_and_records_the_check(qtbot, ws, session, complete_case):
    ws.load_case(complete_case)
    ws.go_to_step(CHECKS)
    ev = session.load_case(complete_case).evidence[0]
    path = session.vault.attachments.path_for(ev.attachment_id)
    raw = bytearray(path.read_bytes())
    raw[50] ^= 0x01  # the file is changed outside the app
    path.write_bytes(bytes(raw))
    before = session.vault.db.execute(
        "SELECT count(*) FROM checks WHERE case_id = ?", [complete_case]
    ).fetchone()[0]
    qtbot.waitUntil(lambda: ws.checks.rerun.isEnabled(), timeout=2000)
    ws.checks.rerun.click()
    qtbot.waitUntil(
        lambda: (
            ws.checks.rerun.isEnabled()
            and ws.result is not None
            and any(f.rule_id == "HP-EVD-02" for f in ws.result.findings)
        ),
        timeout=20_000,
    )
    shown = {i.text(1) for i in ws.checks.finding_items()}
    assert "HP-EVD-02" in shown
    after = session.vault.db.execute(
        "SELECT count(*) FROM checks WHERE case_id = ?", [complete_case]
    ).fetchone()[0]
    assert after == before + 1
