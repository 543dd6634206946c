"""Case format 2 in the workspace: the country picker stores ISO codes, a bad US ZIP is refused in words and
never stored, a format-1 one-line address is split only when the volunteer asks, and a finding's path
reaches the new fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from parole_desktop.domain.enums import Role, UnitKind
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


def test_the_apartment_suite_or_floor_is_stored_apart_from_the_street(qtbot, workspace, session):
    """The form's Apt./Ste./Flr. box and number (I-131 Items 3/4/24/25): typed in their own fields, stored
    in address_unit_kind/address_unit (physical_*), shown again when the case is opened."""
    case_id = session.new_case("Ana", "Lopez").id
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(PEOPLE)
    form = ws.people.beneficiary
    w = form.widgets
    mailing = form.findChild(QGroupBox, "beneficiary_mailing")
    assert "Apt. / Ste. / Flr." in [x.text() for x in mailing.findChildren(QLabel)]
    w["address_country"].set_value("Tajikistan")
    qtbot.keyClicks(w["address_street"], "Rudaki Avenue 15")
    kinds = [w["address_unit_kind"].itemText(i) for i in range(w["address_unit_kind"].count())]
    assert kinds == ["— none —", "Apartment (Apt.)", "Suite (Ste.)", "Floor (Flr.)"]
    w["address_unit_kind"].setCurrentIndex(kinds.index("Apartment (Apt.)"))
    qtbot.keyClicks(w["address_unit"], "8")
    assert form.physical_different is not None
    form.physical_different.setChecked(True)
    qtbot.keyClicks(w["physical_street"], "Somoni Street 3")
    w["physical_unit_kind"].setCurrentIndex(3)  # Floor
    qtbot.keyClicks(w["physical_unit"], "2")
    _saved(qtbot, ws)
    b = session.load_case(case_id).beneficiary
    assert (b.address_street, b.address_unit_kind, b.address_unit) == (
        "Rudaki Avenue 15",
        UnitKind.APARTMENT,
        "8",
    )
    assert (b.physical_street, b.physical_unit_kind, b.physical_unit) == (
        "Somoni Street 3",
        UnitKind.FLOOR,
        "2",
    )

    # opened again: the boxes show what was stored; "none" clears the kind
    ws.load_case(case_id)
    w = ws.people.beneficiary.widgets
    assert w["address_unit_kind"].currentText() == "Apartment (Apt.)" and w["address_unit"].text() == "8"
    w["address_unit_kind"].setCurrentIndex(0)
    w["address_unit"].clear()
    _saved(qtbot, ws)
    b = session.load_case(case_id).beneficiary
    assert (b.address_unit_kind, b.address_unit) == (UnitKind.NONE, "")
    assert b.physical_unit_kind == UnitKind.FLOOR  # the physical address kept its own


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
        ("people.beneficiary.address_unit_kind", Role.BENEFICIARY, "address_unit_kind"),
        ("people.beneficiary.address_unit", Role.BENEFICIARY, "address_unit"),
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
