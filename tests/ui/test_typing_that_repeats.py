"""Typing that repeats (#25): countries picked by name, the representative's fields only when represented,
no passport-spelling fields for people whose passport the request never shows, "Same as the requestor" for
a supporter, and the preparer and interpreter remembered between cases, per volunteer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Person
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace.fields import PickCombo
from parole_desktop.ui.workspace.workspace import PEOPLE
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(qtbot, session):
    case = session.new_case("Zumrad", "Testova")
    case.beneficiary.citizenship = "Afghanistan"  # as case format 1 allowed: a name, not a code
    session.save_case(case)
    w = shown_workspace(qtbot, session)
    w.load_case(case.id)
    w.go_to_step(PEOPLE)
    yield w
    w.clear()


def test_countries_are_picked_by_name_and_stored_as_codes(qtbot, ws, session):
    ben = ws.people.beneficiary.widgets
    for attr in ("citizenship", "country_of_birth", "current_country"):
        assert isinstance(ben[attr], PickCombo), attr
    assert ben["citizenship"].currentText() == "Afghanistan"  # the old name shows as the entry
    ben["current_country"].setEditText("pakistan")
    ben["current_country"].editTextChanged.emit("pakistan")
    ws.flush()
    b = session.load_case(ws.case.id).beneficiary
    assert (b.citizenship, b.current_country) == ("AF", "PK")
    ben["country_of_birth"].setEditText("Atlantis")
    assert "country" in ben["country_of_birth"].problem()  # not a country: said so, nothing guessed


def test_representative_fields_only_when_represented_and_no_passport_spellings(ws):
    page = ws.people
    rep = page.representative
    assert not rep.isEnabled()
    page.represented.setChecked(True)
    assert rep.isEnabled()
    page.represented.setChecked(False)
    assert not rep.isEnabled()
    for form in (page.representative, page.preparer, page.interpreter):
        assert "passport_given_name" not in form.widgets and "passport_family_name" not in form.widgets
    assert "passport_given_name" in page.beneficiary.widgets


def test_same_as_the_requestor_fills_only_the_empty_supporter_fields(qtbot, ws, session):
    page = ws.people
    req = page.requestor.widgets
    req["given_name"].setText("Nadia")
    req["family_name"].setText("Rahimi")
    req["phone"].setText("+1 555 0100")
    req["address_city"].setText("Fresno")
    sup = page.supporters.forms[0]
    sup.widgets["phone"].setText("+1 555 0199")  # typed by the volunteer: kept
    button = sup.parent().findChild(type(page.supporters.add_button), "supporterSameAsRequestor")
    button.click()
    assert sup.widgets["given_name"].text() == "Nadia" and sup.widgets["family_name"].text() == "Rahimi"
    assert sup.widgets["address_city"].text() == "Fresno"
    assert sup.widgets["phone"].text() == "+1 555 0199"
    ws.flush()
    stored = session.load_case(ws.case.id).people_with_role(Role.SUPPORTER)[0]
    assert (stored.given_name, stored.phone) == ("Nadia", "+1 555 0199")


def test_the_preparer_and_interpreter_are_remembered_for_the_next_case(qtbot, session):
    case = session.new_case("Lina", "Testova")
    case.people += [
        Person(
            role=Role.PREPARER,
            given_name="Erin",
            family_name="Volunteer",
            organization="Site 2",
            phone="555-0100",
        ),
        Person(role=Role.INTERPRETER, given_name="Hamid", family_name="Noori", language="Dari"),
    ]
    session.save_case(case)
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.given.insert("Omar")
    dlg.family.insert("Haddad")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    new = session.load_case(dlg.created_case.id)
    prep = new.people_with_role(Role.PREPARER)[0]
    interp = new.people_with_role(Role.INTERPRETER)[0]
    assert (prep.full_name, prep.organization, prep.phone) == ("Erin Volunteer", "Site 2", "555-0100")
    assert (interp.full_name, interp.language) == ("Hamid Noori", "Dari")
    # another volunteer on the same vault starts empty
    session.actor = "another volunteer"
    assert session.remembered_helpers() == []
