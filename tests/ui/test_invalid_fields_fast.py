"""An autosave looks for wrong fields without walking every widget of every step (#22): each field's own
check flags it (``fields.flag_field``) and a step walks its widgets only when one of its fields is flagged,
after the program filled it, or after a language change. What is reported stays what the walk finds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from parole_desktop.ui.workspace import fields
from parole_desktop.ui.workspace.workspace import OUTCOME, PEOPLE, REASON
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(qtbot, session):
    ws = shown_workspace(qtbot, session, 1000, 560)
    yield ws
    ws.clear()


@pytest.fixture
def case_id(session):
    return session.new_case("Zumrad", "Testova").id


@pytest.fixture
def walks(monkeypatch):
    """The steps that walked their widgets (by class name), in order."""
    seen: list[str] = []
    real = fields.checked_children

    def counting(root, name=None):
        seen.append(type(root).__name__)
        return real(root, name)

    monkeypatch.setattr(fields, "checked_children", counting)
    return seen


def test_a_field_wrong_on_another_step_still_stops_every_save(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(OUTCOME)
    qtbot.keyClicks(ws.outcome.parole_expiry, "15/02/2027")
    assert not ws.flush()
    ws.go_to_step(REASON)
    qtbot.keyClicks(ws.reason.statement, "Needs surgery.")
    assert not ws.flush()  # the edit elsewhere is stored, the wrong date is still reported
    assert ws.save_state.text().startswith("Not saved: Parole expires on")
    assert ws.save_state.styleSheet() == "color: #c62828;"
    assert session.load_case(case_id).statement == "Needs surgery."
    ws.outcome.parole_expiry.setText("2027-02-15")
    assert ws.flush()
    assert ws.save_state.text() == "All changes saved"
    assert ws.save_state.styleSheet() == "color: #555;"  # restyled only when the colour changes
    assert session.load_case(case_id).outcome.parole_expiry == dt.date(2027, 2, 15)


def test_saves_walk_no_step_while_no_field_is_flagged(qtbot, workspace, case_id, walks):
    ws = workspace
    ws.load_case(case_id)  # the program filled every step: each walks once
    ws.go_to_step(REASON)
    qtbot.keyClicks(ws.reason.statement, "a")
    assert ws.flush()
    assert len(walks) == len(ws.pages)
    walks.clear()
    for text in ("b", "c", "d"):
        qtbot.keyClicks(ws.reason.statement, text)
        assert ws.flush()
    assert walks == []
    qtbot.keyClicks(ws.outcome.parole_expiry, "31/31/2027")  # flagged: only its step walks
    assert not ws.flush()
    assert walks == ["OutcomePage"]
    assert ws.invalid_fields()[0][1] is ws.outcome.parole_expiry


def test_a_removed_family_member_with_a_wrong_date_stops_nothing_and_undo_brings_it_back(
    qtbot, workspace, session, case_id
):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(PEOPLE)
    family = ws.people.family
    family.add_button.click()
    form = family.forms[-1]
    form.widgets["given_name"].setText("Omar")
    form.widgets["family_name"].setText("Testov")
    form.widgets["date_of_birth"].setText("2019-02-30")  # no such day
    assert not ws.flush()
    assert ws.invalid_fields()[0][1] is form.widgets["date_of_birth"]
    removed = form.person()
    family.remove(form)
    assert ws.flush()
    assert ws.invalid_fields() == []
    back = family.insert(removed, 0)  # Undo: the form comes back filled as it was, the date still wrong
    back.widgets["date_of_birth"].setText("2019-02-30")
    assert not ws.flush()
    assert ws.invalid_fields()[0][1] is back.widgets["date_of_birth"]


def test_a_program_fill_no_check_saw_is_still_found(qtbot, workspace, case_id):
    ws = workspace
    ws.load_case(case_id)
    assert ws.flush()
    expiry = ws.outcome.parole_expiry
    with ws.outcome.loading():
        expiry.blockSignals(True)  # no check runs, nothing is flagged
        expiry.setText("15/02/2027")
        expiry.blockSignals(False)
    assert [w for _, w in ws.invalid_fields()] == [expiry]
    assert [w for _, w in ws.invalid_fields()] == [expiry]  # and at every look after, until it is fixed
    qtbot.keyClicks(ws.reason.statement, "x")
    assert not ws.flush()
    expiry.setText("2027-02-15")
    assert ws.invalid_fields() == []
    assert ws.flush()


def test_a_language_change_makes_the_steps_look_again(qtbot, workspace, case_id, walks):
    ws = workspace
    ws.load_case(case_id)
    ws.invalid_fields()
    walks.clear()
    assert ws.invalid_fields() == []
    assert walks == []
    for page in ws.pages:
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert ws.invalid_fields() == []
    assert len(walks) == len(ws.pages)
