"""Every removal in the workspace can be undone (#25): a supporter, a family member, an evidence item —
with the Undo bar or Ctrl+Z, restoring exactly what was removed — and Tab from a field never lands on a
button that removes someone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Person
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.ui.workspace.workspace import EVIDENCE, PEOPLE
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(qtbot, session):
    case = session.new_case("Zumrad", "Testova")
    case.people += [
        Person(role=Role.SUPPORTER, given_name="Ana", family_name="Uno", phone="+1 555 0100"),
        Person(role=Role.SUPPORTER, given_name="Beto", family_name="Dos"),
    ]
    session.save_case(case)
    w = shown_workspace(qtbot, session)
    w.load_case(case.id)
    yield w
    w.clear()


def _supporters(session, ws) -> list[str]:
    return [p.given_name for p in session.load_case(ws.case.id).people_with_role(Role.SUPPORTER)]


def test_tab_from_a_supporters_last_field_never_lands_on_remove(qtbot, ws):
    ws.go_to_step(PEOPLE)
    ws.people.tabs.setCurrentIndex(2)
    lst = ws.people.supporters
    first = lst.forms[0]
    chain = []
    w = first.widgets["given_name"]
    w.setFocus()
    for _ in range(120):  # walk the Tab chain through both supporters
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(ws):
            w = w.nextInFocusChain()
        chain.append(w)
        if w is lst.add_button:
            break
    removes = [f.remove_button for f in lst.forms]
    assert lst.add_button in chain
    assert not any(r in chain for r in removes), "a Remove button sits between fields in the Tab order"
    after_add = lst.add_button.nextInFocusChain()
    assert after_add is removes[0]  # still reachable by keyboard, after Add


def test_a_removed_supporter_comes_back_with_ctrl_z_and_is_saved(qtbot, ws, session):
    ws.go_to_step(PEOPLE)
    ws.people.tabs.setCurrentIndex(2)
    lst = ws.people.supporters
    lst.forms[0].remove_button.click()
    qtbot.waitUntil(lambda: not ws.has_pending_edits(), timeout=3000)
    ws.flush()
    assert _supporters(session, ws) == ["Beto"]
    assert ws.undo_bar.isVisible() and "Ana Uno" in ws.undo_bar.label.text()
    assert [i.label for i in session.removed_items(ws.case.id)] == ["Ana Uno"]
    lst.add_button.setFocus()  # not a text field: Ctrl+Z is the workspace's
    qtbot.keyClick(lst.add_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _supporters(session, ws) == ["Ana", "Beto"], timeout=3000)
    ana = session.load_case(ws.case.id).people_with_role(Role.SUPPORTER)[0]
    assert ana.phone == "+1 555 0100"  # exactly what was removed
    assert session.removed_items(ws.case.id) == []
    assert [f.widgets["given_name"].text() for f in lst.forms] == ["Ana", "Beto"]


def test_a_removed_supporter_can_be_put_back_after_leaving_the_case(qtbot, ws, session):
    cid = ws.case.id
    ws.people.supporters.forms[1].remove_button.click()
    ws.flush()
    assert _supporters(session, ws) == ["Ana"]
    other = session.new_case("Other", "Case")
    ws.load_case(other.id)  # another case: this visit's undo is gone
    assert not ws.undo_bar.can_undo()
    (item,) = session.removed_items(cid)
    session.restore_removed(item.id)
    assert [p.given_name for p in session.load_case(cid).people_with_role(Role.SUPPORTER)] == ["Ana", "Beto"]


def test_a_removed_document_is_gone_at_once_and_undo_brings_it_back_with_its_file(
    qtbot, ws, session, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    ws.go_to_step(EVIDENCE)
    f = tmp_path / "letter.pdf"
    f.write_bytes(minimal_pdf(["Hospital letter (synthetic)"]))
    [ev] = ws.evidence.add_files([f], kind="physician_letter", title="Hospital letter")
    content = session.read_evidence(ev)
    ws.evidence.list.setCurrentRow(0)
    ws.evidence.remove_button.click()
    assert asked == []  # no dialog: Undo instead
    assert ws.evidence.list.count() == 0 and session.load_case(ws.case.id).evidence == []
    assert "Hospital letter" in ws.undo_bar.label.text()
    ws.undo_bar.undo_button.click()
    assert ws.evidence.list.count() == 1
    back = session.load_case(ws.case.id).evidence[0]
    assert back.id == ev.id and session.read_evidence(back) == content
    assert "Put back" in ws.undo_bar.label.text()


def test_ctrl_z_in_a_text_field_undoes_typing_not_a_removal(qtbot, ws, session):
    lst = ws.people.supporters
    lst.forms[1].remove_button.click()
    ws.flush()
    field = ws.people.beneficiary.widgets["given_name"]
    field.setFocus()
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Zumrad"
    assert ws.undo_bar.can_undo()  # the removal is still there to undo
    assert QApplication.focusWidget() is field


def test_a_removed_parole_row_comes_back_with_undo(qtbot, ws, session):
    import datetime as dt

    from parole_desktop.domain.models import ParoleRecord

    case = session.load_case(ws.case.id)
    case.beneficiary.paroles = [
        ParoleRecord(i94_number="123456789A1", class_of_admission="UHP", expires_on=dt.date(2027, 1, 31)),
        ParoleRecord(i94_number="987654321B2", class_of_admission="DT"),
    ]
    session.save_case(case)
    ws.load_case(case.id)
    table = ws.people.beneficiary.widgets["paroles"]
    table.table.selectRow(0)
    table.table.setCurrentCell(0, 0)
    table.remove_button.click()
    ws.flush()
    assert [p.i94_number for p in session.load_case(case.id).beneficiary.paroles] == ["987654321B2"]
    assert "123456789A1" in ws.undo_bar.label.text()
    ws.undo_bar.undo_button.click()
    back = session.load_case(case.id).beneficiary.paroles
    assert [p.i94_number for p in back] == ["123456789A1", "987654321B2"]
    assert back[0].expires_on == dt.date(2027, 1, 31) and back[0].class_of_admission == "UHP"


def test_the_cases_removed_items_can_be_put_back_from_the_workspace_later(qtbot, ws, session, monkeypatch):
    from parole_desktop.ui.workspace import removed as removed_module

    assert not ws.removed_button.isVisible()  # nothing removed yet
    ws.people.supporters.forms[0].remove_button.click()
    ws.flush()
    cid = ws.case.id
    other = session.new_case("Other", "Case")
    ws.load_case(other.id)
    ws.load_case(cid)  # a later visit: the Undo bar is gone, the button says something can be put back
    assert not ws.undo_bar.can_undo() and ws.removed_button.isVisible()
    seen = {}

    def run(dlg):
        seen["rows"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        dlg.put_back()
        return 0

    monkeypatch.setattr(removed_module.RemovedItemsDialog, "exec", run)
    assert ws.show_removed() == 1
    assert len(seen["rows"]) == 1 and "Ana Uno" in seen["rows"][0] and "person" in seen["rows"][0]
    assert _supporters(session, ws) == ["Ana", "Beto"]
    assert [f.widgets["given_name"].text() for f in ws.people.supporters.forms] == ["Ana", "Beto"]
    assert not ws.removed_button.isVisible()
