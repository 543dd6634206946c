"""Case workspace: people and reason editing with autosave, flush, clear, checks and jump-to-field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from parole_desktop.domain.enums import Answer, Channel, Reason, Role, SupporterKind
from parole_desktop.ui.workspace import CaseWorkspace
from parole_desktop.ui.workspace.workspace import BACKGROUND, CHECKS, PEOPLE, REASON
from tests.ui.conftest import shown_workspace

pytestmark = pytest.mark.gui

SYNTHETIC_GIVEN = "Zumrad"
SYNTHETIC_FAMILY = "Testova"


@pytest.fixture
def workspace(qtbot, session):
    ws = shown_workspace(qtbot, session)
    yield ws
    ws.clear()


@pytest.fixture
def case_id(session):
    return session.new_case(SYNTHETIC_GIVEN, SYNTHETIC_FAMILY).id


def wait_saved(qtbot, ws):
    qtbot.waitUntil(lambda: not ws.has_pending_edits(), timeout=3000)


@pytest.mark.slow
def test_people_typed_are_autosaved(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ben = ws.people.beneficiary.widgets
    qtbot.keyClicks(ben["date_of_birth"], "1988-04-02")
    qtbot.keyClicks(ben["citizenship"], "AF")
    qtbot.keyClicks(ben["current_country"], "PK")
    qtbot.keyClicks(ben["passport_number"], "P1234567")
    assert ws.has_pending_edits()
    wait_saved(qtbot, ws)
    # requestor files for themself; a supporter organisation; a preparer
    ws.people.self_filing.setChecked(True)
    sup = ws.people.supporters.forms[0].widgets
    sup["supporter_kind"].set_value(SupporterKind.ORGANIZATION)
    qtbot.keyClicks(sup["organization"], "Example Relief Org")
    qtbot.keyClicks(ws.people.preparer.widgets["given_name"], "Erin")
    qtbot.keyClicks(ws.people.preparer.widgets["family_name"], "Volunteer")
    wait_saved(qtbot, ws)

    stored = session.load_case(case_id)
    b = stored.beneficiary
    assert (b.given_name, b.family_name) == (SYNTHETIC_GIVEN, SYNTHETIC_FAMILY)
    assert b.date_of_birth == dt.date(1988, 4, 2)
    assert (b.citizenship, b.current_country, b.passport_number) == ("AF", "PK", "P1234567")
    req = stored.people_with_role(Role.REQUESTOR)[0]
    assert req.relationship == "self"
    sup_p = stored.people_with_role(Role.SUPPORTER)[0]
    assert sup_p.supporter_kind == SupporterKind.ORGANIZATION and sup_p.organization == "Example Relief Org"
    assert stored.people_with_role(Role.PREPARER)[0].full_name == "Erin Volunteer"
    assert ws.save_state.text() == "All changes saved"


@pytest.mark.slow
def test_reason_step_word_count_and_fields(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(REASON)
    page = ws.reason
    page.reason.set_value(Reason.FUNERAL)
    qtbot.keyClicks(page.statement, "word " * 60)
    assert page.word_count.text().startswith("60 words")
    assert "150" in page.word_count.text()
    qtbot.keyClicks(page.key_date, "2027-01-10")
    qtbot.keyClicks(page.why_no_visa, "The consulate has no appointment before the funeral.")
    page.duration.setValue(3)
    page.channel.set_value(Channel.CBP_PORT_OF_ENTRY)
    qtbot.keyClicks(page.port_of_entry, "San Ysidro, CA")
    wait_saved(qtbot, ws)
    stored = session.load_case(case_id)
    assert stored.reason == Reason.FUNERAL
    assert len(stored.statement.split()) == 60
    assert stored.key_date == dt.date(2027, 1, 10)
    assert stored.why_no_visa.startswith("The consulate")
    assert stored.duration_months == 3
    assert stored.channel == Channel.CBP_PORT_OF_ENTRY and stored.port_of_entry == "San Ysidro, CA"


def test_invalid_date_is_not_saved_over_the_stored_one(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    dob = ws.people.beneficiary.widgets["date_of_birth"]
    qtbot.keyClicks(dob, "1990-01-01")
    ws.flush()
    dob.setText("1990-13-45")
    ws.flush()
    assert session.load_case(case_id).beneficiary.date_of_birth == dt.date(1990, 1, 1)


def test_flush_saves_immediately_and_signal(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    qtbot.keyClicks(ws.people.beneficiary.widgets["other_names"], "Zumrat")
    assert ws.has_pending_edits()
    with qtbot.waitSignal(ws.caseSaved, timeout=1000) as blocker:
        ws.flush()
    assert blocker.args == [case_id]
    assert not ws.has_pending_edits()
    assert session.load_case(case_id).beneficiary.other_names == "Zumrat"


def test_step_change_saves(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    qtbot.keyClicks(ws.people.beneficiary.widgets["phone"], "+00 555 0199")
    ws.go_to_step(BACKGROUND)
    assert not ws.has_pending_edits()
    assert session.load_case(case_id).beneficiary.phone == "+00 555 0199"
    qtbot.mouseClick(ws.background.buttons["criminal_history"][Answer.NO], Qt.MouseButton.LeftButton)
    ws.flush()
    assert session.load_case(case_id).background.criminal_history == Answer.NO


def test_clear_leaves_no_name_visible(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    qtbot.keyClicks(ws.people.beneficiary.widgets["address_street"], "1 Sample Road")
    ws.go_to_step(CHECKS)
    ws.clear()
    assert session.load_case(case_id).beneficiary.address_street == "1 Sample Road"  # saved before wiping
    texts = [w.text() for w in ws.findChildren(QLineEdit) + ws.findChildren(QLabel)]
    texts += [w.toPlainText() for w in ws.findChildren(QPlainTextEdit)]
    assert not any(SYNTHETIC_GIVEN in t or SYNTHETIC_FAMILY in t for t in texts)
    assert ws.checks.tree.topLevelItemCount() == 0


def test_arabic_script_names_are_right_to_left(qtbot, workspace, case_id):
    ws = workspace
    ws.load_case(case_id)
    given = ws.people.beneficiary.widgets["given_name"]
    given.clear()
    given.insert("فرشته")  # QTest.keyClicks cannot type non-Latin-1 text; insert() is the typing path
    assert given.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert given.alignment() & Qt.AlignmentFlag.AlignRight
    given.setText("Farishta")
    assert given.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_checks_show_findings_and_jump_to_field(qtbot, workspace, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(CHECKS)
    assert "Checks tell you what is missing; the reviewer decides." in ws.checks.pack_label.text()
    assert ws.pack.version in ws.checks.pack_label.text()
    items = ws.checks.finding_items()
    by_rule = {i.text(1): i for i in items}
    assert "HP-ID-02" in by_rule and "HP-RSN-01" in by_rule
    assert all(i.text(2) for i in items)  # every finding shows its citation
    assert ws.step_fails(PEOPLE) > 0
    assert ws.nav.item(PEOPLE).text().endswith(f"● {ws.step_fails(PEOPLE)}")

    ws.checks.tree.setCurrentItem(by_rule["HP-ID-02"])
    ws.checks.tree.itemActivated.emit(by_rule["HP-ID-02"], 0)
    dob = ws.people.beneficiary.widgets["date_of_birth"]
    assert ws.current_step() == PEOPLE
    assert ws.people.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dob, timeout=1000)
    assert dob.property("highlighted")

    ws.go_to_step(CHECKS)
    item = {i.text(1): i for i in ws.checks.finding_items()}["HP-RSN-01"]
    ws.checks.tree.itemActivated.emit(item, 0)
    assert ws.current_step() == REASON
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.reason.reason, timeout=1000)


def test_focus_field_reaches_every_registered_widget(qtbot, workspace, case_id):
    ws = workspace
    ws.load_case(case_id)
    reg = ws.registry()
    for field in (
        "person.requestor.address",
        "person.supporter.supporter_kind",
        "person.interpreter.language",
        "person.representative.g28",
        "case.statement",
        "case.parole_fee_plan",
        "background.prior_removals",
    ):
        assert field in reg, field
        widget = ws.focus_field(field)
        assert widget is reg[field][1]
        assert ws.current_step() == reg[field][0]
        assert widget.isVisible(), field


def test_completion_marks_update_after_save(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(BACKGROUND)
    before = ws.step_fails(BACKGROUND)
    assert before > 0
    for attr in (
        "criminal_history",
        "immigration_violations",
        "prior_visa_denials",
        "prior_removals",
        "removal_proceedings",
    ):
        qtbot.mouseClick(ws.background.buttons[attr][Answer.NO], Qt.MouseButton.LeftButton)
    wait_saved(qtbot, ws)
    assert ws.step_fails(BACKGROUND) == 0
    assert ws.nav.item(BACKGROUND).text().endswith("✓")


def test_family_member_link_shows_whose_request_it_is(qtbot, session):
    from parole_desktop.domain.enums import Role
    from parole_desktop.domain.models import Case, Person

    sister = session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Оксана", family_name="Ковальчук")])
    )
    me = session.save_case(
        Case(
            people=[
                Person(role=Role.BENEFICIARY, given_name="Ірина", family_name="Ковальчук"),
                Person(
                    role=Role.FAMILY_MEMBER,
                    given_name="Оксана",
                    family_name="Ковальчук",
                    relationship="sister",
                ),
            ]
        )
    )
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.load_case(me.id)
    form = ws.people.family.forms[0]
    spin = form.widgets["linked_case_id"]
    label = form.link_labels["linked_case_id"]
    spin.setValue(sister.id)
    assert "Оксана Ковальчук" in label.text()
    spin.setValue(999)
    assert "no case 999" in label.text()
    spin.setValue(sister.id)
    assert ws.flush()
    assert session.load_case(me.id).people_with_role(Role.FAMILY_MEMBER)[0].linked_case_id == sister.id
    ws.clear()
