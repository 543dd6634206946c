"""Issue #25 in the workspace: a hidden character typed or pasted into a field turns it red with the reason
and the position under it, the typed text stays, nothing of it is saved; Persian spelling is kept."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Reason
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.ui.workspace.fields import INVALID_STYLE, text_kind
from parole_desktop.ui.workspace.workspace import EVIDENCE, PEOPLE, REASON
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(qtbot, session):
    ws = shown_workspace(qtbot, session, 1024, 600)
    yield ws
    ws.clear()


@pytest.fixture
def case_id(session):
    return session.new_case("Zumrad", "Testova", reason=Reason.MEDICAL_TREATMENT).id


def _message(widget):
    label = getattr(widget, "text_rule_message", None) or getattr(widget, "message", None)
    assert label is not None, "no message under the field"
    return label


def test_an_override_pasted_into_a_name_is_shown_and_nothing_is_saved(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(PEOPLE)
    given = ws.people.beneficiary.widgets["given_name"]
    given.selectAll()
    qtbot.keyClicks(given, "Zum")
    given.insert("\u202e")  # pasted with the text around it
    qtbot.keyClicks(given, "rad")
    assert given.text() == "Zum\u202erad"  # the typed text stays as it is
    assert given.styleSheet() == INVALID_STYLE
    message = _message(given)
    assert message.isVisible()
    assert "right-to-left override" in message.text() and "character 4" in message.text()
    assert not ws.flush()
    assert ws.save_state.text().startswith("Not saved: Given name — The text is refused")
    assert session.load_case(case_id).beneficiary.given_name == "Zumrad"  # nothing of it stored
    given.setText("Zumrad")  # typed again without it
    assert given.styleSheet() == "" and not message.isVisible()
    qtbot.keyClicks(ws.people.beneficiary.widgets["other_names"], "Zumrat")
    assert ws.flush()
    assert session.load_case(case_id).beneficiary.other_names == "Zumrat"


def test_a_dari_name_with_zwnj_is_accepted_and_stored_as_typed(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    given = ws.people.beneficiary.widgets["given_name"]
    given.setText("محمد\u200cرضا")
    assert given.styleSheet() != INVALID_STYLE
    assert ws.flush()
    assert session.load_case(case_id).beneficiary.given_name == "محمد\u200cرضا"


def test_look_alike_letters_in_a_passport_name_are_refused(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    family = ws.people.beneficiary.widgets["passport_family_name"]
    assert text_kind(family).value == "name"
    qtbot.keyClicks(family, "T")
    family.insert("Е")  # a Cyrillic Е (a keyboard left on another layout)
    qtbot.keyClicks(family, "STOVA")
    assert "mixes alphabets" in _message(family).text()
    assert not ws.flush()
    assert session.load_case(case_id).beneficiary.passport_family_name == ""
    number = ws.people.beneficiary.widgets["passport_number"]
    assert text_kind(number).value == "identifier"


def test_a_bell_in_the_statement_is_refused_with_line_and_column(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(REASON)
    box = ws.reason.statement
    box.setPlainText("The surgery is on 12 January.\nShe needs\x07 her son there.")
    assert box.styleSheet() == INVALID_STYLE
    assert "line 2, column 10" in box.toolTip()
    assert not ws.flush()
    assert ws.save_state.text().startswith("Not saved: ")
    assert session.load_case(case_id).statement == ""
    assert box.toPlainText().endswith("her son there.")  # kept in the field
    box.setPlainText("The surgery is on 12 January.\nShe needs her son there.")
    assert ws.flush()
    assert session.load_case(case_id).statement.endswith("her son there.")


def test_evidence_stated_name_with_a_hidden_character_is_not_committed(qtbot, workspace, session, case_id):
    session.add_evidence_bytes(
        case_id, minimal_pdf(["Passport bio page"]), "passport.pdf", kind="identity_document"
    )
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(EVIDENCE)
    page = ws.evidence
    page.list.setCurrentRow(0)
    stated = page.detail.stated_name
    qtbot.keyClicks(stated, "Zumrad")
    stated.insert("\u200b")
    qtbot.keyClicks(stated, "Testova")
    stated.editingFinished.emit()
    assert stated.text() == "Zumrad\u200bTestova"  # still there, red, with the reason under it
    assert stated.styleSheet() == INVALID_STYLE and "zero-width space" in _message(stated).text()
    assert session.load_case(case_id).evidence[0].stated_name == ""
    stated.setText("Zumrad Testova")
    stated.editingFinished.emit()
    assert session.load_case(case_id).evidence[0].stated_name == "Zumrad Testova"


def test_the_new_case_dialog_refuses_a_hidden_character_and_keeps_the_name(qtbot, session):
    from parole_desktop.ui.new_case import NewCaseDialog

    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.given, "Zumrad")
    dlg.family.insert("Tes\u202etova")
    dlg._create()
    assert dlg.isVisible() and dlg.created_case is None and session.count_cases() == 0
    assert dlg.error.text().startswith("Family name: The text is refused")
    assert "right-to-left override" in dlg.error.text() and "character 4" in dlg.error.text()
    assert dlg.family.text() == "Tes\u202etova"  # nothing typed is lost
    dlg.family.setText("محمد\u200cرضا")
    dlg._create()
    assert session.load_case(dlg.created_case.id).beneficiary.family_name == "محمد\u200cرضا"
