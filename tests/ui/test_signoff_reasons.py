"""#20 item 13 in the review step: a generic reason is refused with a message naming the warning."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from parole_desktop.services import signoff_state
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import REVIEW
from tests.services.test_reasons import REVIEWER_PW, ready_with_warnings


@pytest.fixture
def ready(vault_copy):
    return ready_with_warnings(vault_copy)


@pytest.mark.slow
def test_review_step_shows_the_refusal(qtbot, ready):
    session, cid, _rid, pending = ready
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.show()
    ws.load_case(cid)
    ws.go_to_step(REVIEW)
    page = ws.review
    edits = list(page.reason_edits.values())
    assert len(edits) == len(pending)
    qtbot.keyClicks(edits[0], "fine")
    for i, edit in enumerate(edits[1:]):
        qtbot.keyClicks(edit, f"Weighed note {i} against the recorded evidence")
    qtbot.keyClicks(page.passphrase, REVIEWER_PW)
    with qtbot.waitSignal(page.signFinished, timeout=30_000) as sig:
        page.sign_button.click()
    assert sig.args == [False]
    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    text = " ".join(b.text() for b in boxes)
    assert "too generic" in text and "“fine”" in text and pending[0].rule_id in text, text
    assert signoff_state.current_signoff(session, cid) is None
    for b in boxes:
        b.close()
    ws.clear()
