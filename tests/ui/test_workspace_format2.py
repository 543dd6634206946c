"""Case format 2 in the workspace: the country picker stores ISO codes, a bad US ZIP is refused in words and
never stored, a format-1 one-line address is split only when the volunteer asks, and a finding's path
reaches the new fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from parole_desktop.domain.enums import Role
from parole_desktop.ui.workspace.workspace import PEOPLE
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(qtbot, session):
    ws = shown_workspace(qtbot, session)
    yield ws
    ws.clear()


def _saved(qtbot, ws):
    assert ws.flush()
    qtbot.waitUntil(lambda: not ws.has_pending_edits(), timeout=3000)


def test_country_picker_stores_the_iso_code_and_a_bad_zip_is_never_stored(qtbot, workspace, session):
    case_id = session.new_case("Ana", "Lopez").id
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(PEOPLE)
    w = ws.people.beneficiary.widgets
    w["address_country"].set_value("Afghanistan")
    qtbot.keyClicks(w["address_city"], "Herat")
    qtbot.keyClicks(w["address_street"], "Street 4, House 12")
    _saved(qtbot, ws)
    b = session.load_case(case_id).beneficiary
    assert (b.address_country, b.address_city, b.address_street) == ("AF", "Herat", "Street 4, House 12")
    assert w["address_country"].code_of("afghanistan") == "AF"
    assert w["address_country"].currentText() == "Afghanistan"

    # the US: the region is a state, the postal code a ZIP; "1234" is refused in words and never stored
    w["address_country"].set_value("US")
    qtbot.keyClicks(w["address_postal_code"], "1234")
    assert w["address_postal_code"].problem()
    ws.flush()
    assert session.load_case(case_id).beneficiary.address_postal_code == ""
    w["address_postal_code"].clear()
    qtbot.keyClicks(w["address_postal_code"], "62701")
    assert not w["address_postal_code"].problem()
    _saved(qtbot, ws)
    assert session.load_case(case_id).beneficiary.address_postal_code == "62701"


def test_a_one_line_address_is_split_only_when_the_volunteer_asks(qtbot, workspace, session):
    case = session.new_case("Ana", "Lopez")
    case.beneficiary.address = "Calle 5 #12-40, Cali, Colombia"
    session.save_case(case)
    ws = workspace
    ws.load_case(int(case.id))
    ws.go_to_step(PEOPLE)
    form = ws.people.beneficiary
    assert form.confirm_parts is not None and form.confirm_parts.isVisibleTo(ws)
    assert form.widgets["address_city"].text() == ""  # nothing guessed silently
    stored = session.load_case(int(case.id)).beneficiary
    assert stored.address_city == "" and stored.address == "Calle 5 #12-40, Cali, Colombia"
    form.confirm_parts.click()
    assert form.widgets["address_city"].text() == "Cali"
    _saved(qtbot, ws)
    stored = session.load_case(int(case.id)).beneficiary
    assert (stored.address_city, stored.address_country) == ("Cali", "CO")
    assert stored.address == "Calle 5 #12-40, Cali, Colombia"  # the text as first typed is kept


@pytest.mark.parametrize(
    "path,role,attr",
    [
        ("people.beneficiary.address_city", Role.BENEFICIARY, "address_city"),
        ("person.beneficiary.eye_color", Role.BENEFICIARY, "eye_color"),
        ("people.beneficiary.i94_expiry", Role.BENEFICIARY, "i94_expiry"),
        ("people.preparer.phone", Role.PREPARER, "phone"),
    ],
)
def test_a_finding_path_reaches_the_new_person_fields(qtbot, workspace, session, path, role, attr):
    case_id = session.new_case("Ana", "Lopez").id
    ws = workspace
    ws.load_case(case_id)
    widget = ws.focus_field(path)
    assert widget is not None
    form = {Role.BENEFICIARY: ws.people.beneficiary, Role.PREPARER: ws.people.preparer}[role]
    target = form.widgets[attr]
    assert widget is target or target.isAncestorOf(widget) or widget.isAncestorOf(target)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and (QApplication.focusWidget() is target or target.isAncestorOf(QApplication.focusWidget()))
        ),
        timeout=1000,
    )


@pytest.mark.parametrize("path", ["request_type", "consular_post", "port_address", "key_date_kind"])
def test_a_finding_path_reaches_the_new_case_fields(qtbot, workspace, session, path):
    case_id = session.new_case("Ana", "Lopez").id
    ws = workspace
    ws.load_case(case_id)
    assert ws.focus_field(path) is not None
