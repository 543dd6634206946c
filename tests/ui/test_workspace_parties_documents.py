"""Issue #21 items 5-8 in the workspace: what a document says and how it was made (evidence step), who pays and
the card (reason step), the minor's companion, an organization that files: typed, autosaved, stored, and the
finding shown on the Checks step with its words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from parole_desktop.domain.enums import CaptureKind, FeeStatus, PayerKind, PaymentMethod, Reason, Role
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.ui.workspace.workspace import CHECKS, EVIDENCE, PEOPLE, REASON
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


def _shown(ws) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in ws.checks.finding_items():
        out.setdefault(item.text(1), []).append(item.text(0))
    return out


def _new_case(session):
    case = session.new_case("Farzana", "Karimi", reason=Reason.MEDICAL_TREATMENT)
    case.beneficiary.date_of_birth = dt.date(1984, 3, 12)
    case.beneficiary.passport_number = "PA764DB6"
    return session.save_case(case)


def test_what_a_document_says_and_how_it_was_made_are_typed_stored_and_checked(
    qtbot, workspace, session, tmp_path
):
    case = _new_case(session)
    ws = workspace
    ws.load_case(int(case.id))
    ws.go_to_step(EVIDENCE)
    pdf = tmp_path / "passport.pdf"
    pdf.write_bytes(minimal_pdf(["Passport bio page (synthetic)"]))
    [added] = ws.evidence.add_files([pdf], kind="identity_document", title="Passport bio page")
    ws.evidence.list.setCurrentRow(0)
    d = ws.evidence.detail
    qtbot.keyClicks(d.stated_name, "Farzana Karimova")
    d.stated_name.editingFinished.emit()
    qtbot.keyClicks(d.stated_dob, "1984-12-03")
    d.stated_dob.editingFinished.emit()
    qtbot.keyClicks(d.stated_passport, "PA764DB9")
    d.stated_passport.editingFinished.emit()
    d.capture.set_value(CaptureKind.PHONE_PHOTO)
    d.capture.activated.emit(d.capture.currentIndex())

    stored = session.get_evidence(int(added.id))
    assert (
        stored.stated_name,
        stored.stated_date_of_birth,
        stored.stated_passport_number,
        stored.capture,
    ) == (
        "Farzana Karimova",
        dt.date(1984, 12, 3),
        "PA764DB9",
        CaptureKind.PHONE_PHOTO,
    )
    ws.go_to_step(CHECKS)
    shown = _shown(ws)
    id12 = " | ".join(shown["HP-ID-12"])
    assert "spells the name 'Farzana Karimova', but the beneficiary is recorded as 'Farzana Karimi'" in id12
    assert "'Passport bio page' is recorded as a phone photo" in " ".join(shown["HP-ID-13"])

    # the volunteer corrects what was typed from the document: the findings go
    ws.go_to_step(EVIDENCE)
    ws.evidence.list.setCurrentRow(0)
    d = ws.evidence.detail
    d.stated_name.clear()
    qtbot.keyClicks(d.stated_name, "KARIMI, Farzana")
    d.stated_name.editingFinished.emit()
    d.stated_dob.clear()
    qtbot.keyClicks(d.stated_dob, "1984-03-12")
    d.stated_dob.editingFinished.emit()
    d.stated_passport.clear()
    qtbot.keyClicks(d.stated_passport, "pa764db6")
    d.stated_passport.editingFinished.emit()
    d.capture.set_value(CaptureKind.SCAN)
    d.capture.activated.emit(d.capture.currentIndex())
    assert session.get_evidence(int(added.id)).capture == CaptureKind.SCAN
    ws.go_to_step(CHECKS)
    assert not {"HP-ID-12", "HP-ID-13"} & set(_shown(ws))


def test_payer_card_and_minor_companion_are_typed_stored_and_checked(qtbot, workspace, session):
    case = _new_case(session)
    case.beneficiary.date_of_birth = dt.date(2015, 6, 1)
    session.save_case(case)
    ws = workspace
    ws.load_case(int(case.id))
    ws.go_to_step(REASON)
    r = ws.reason
    r.payment_method.set_value(PaymentMethod.G1450)
    r.fee_status.set_value(FeeStatus.PAID)
    qtbot.keyClicks(r.payer_name, "Omar Haddad")
    r.payer_kind.set_value(PayerKind.OTHER)
    r.card_issued_abroad.setChecked(True)
    qtbot.keyClicks(r.minor_companion_name, "Omar Haddad")
    qtbot.keyClicks(r.minor_companion_relationship, "uncle")
    _saved(qtbot, ws)

    stored = session.load_case(int(case.id))
    assert (stored.payer_name, stored.payer_kind, stored.card_issued_abroad) == (
        "Omar Haddad",
        PayerKind.OTHER,
        True,
    )
    assert (stored.minor_companion_name, stored.minor_companion_relationship) == ("Omar Haddad", "uncle")
    ws.go_to_step(CHECKS)
    shown = _shown(ws)
    assert "USCIS cannot accept a card issued by a foreign bank" in shown["HP-PAY-01"][0]
    assert "who is not a party to the request" in shown["HP-PAY-02"][0]
    assert "travels with Omar Haddad (uncle), who is not a parent" in shown["HP-MIN-01"][0]

    ws.load_case(int(case.id))  # a fresh load shows what was stored
    assert ws.reason.payer_kind.value() == PayerKind.OTHER and ws.reason.card_issued_abroad.isChecked()
    assert ws.reason.minor_companion_relationship.text() == "uncle"


def test_an_organization_that_files_is_typed_stored_and_gets_its_own_checklist_line(
    qtbot, workspace, session
):
    case = _new_case(session)
    ws = workspace
    ws.load_case(int(case.id))
    ws.go_to_step(PEOPLE)
    form = ws.people.requestor
    qtbot.keyClicks(form.widgets["organization"], "Hope Medical Foundation")
    _saved(qtbot, ws)
    stored = session.load_case(int(case.id))
    [req] = stored.people_with_role(Role.REQUESTOR)
    assert req.organization == "Hope Medical Foundation" and not req.full_name

    ws.go_to_step(CHECKS)
    shown = _shown(ws)
    assert any("Hope Medical Foundation files the request" in m for m in shown["HP-REQ-02"])
    ws.go_to_step(EVIDENCE)
    titles = [
        ws.evidence.checklist.topLevelItem(i).text(1)
        for i in range(ws.evidence.checklist.topLevelItemCount())
    ]
    assert any("Requesting organization's status document" in t for t in titles)
    assert any("ID of the person who signs for the requesting organization" in t for t in titles)


L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_the_passport_line_of_the_text_layer_fills_the_empty_fields_only(qtbot, workspace, session, tmp_path):
    from parole_desktop.ui.operations import runner_for

    case = _new_case(session)
    ws = workspace
    ws.load_case(int(case.id))
    ws.go_to_step(EVIDENCE)
    pdf = tmp_path / "passport.pdf"
    pdf.write_bytes(minimal_pdf(["PASSPORT (synthetic specimen)", L1, L2]))
    photo = tmp_path / "letter.pdf"
    photo.write_bytes(minimal_pdf(["A letter without a passport line"]))
    [passport] = ws.evidence.add_files([pdf], kind="identity_document", title="Passport bio page")
    [letter] = ws.evidence.add_files([photo], kind="physician_letter", title="Letter")
    ws.evidence._select(passport.id)
    d = ws.evidence.detail
    qtbot.keyClicks(d.stated_name, "Anna Eriksson")  # typed by the volunteer: kept
    d.stated_name.editingFinished.emit()
    qtbot.mouseClick(d.prefill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner_for(ws.evidence).busy, timeout=20000)
    qtbot.waitUntil(lambda: "Filled from" in d.prefill_note.text(), timeout=5000)
    assert "date of birth, passport number" in d.prefill_note.text()
    stored = session.get_evidence(int(passport.id))
    assert (stored.stated_name, stored.stated_date_of_birth, stored.stated_passport_number) == (
        "Anna Eriksson",
        dt.date(1974, 8, 12),
        "L898902C3",
    )
    assert d.stated_passport.text() == "L898902C3"

    ws.evidence._select(letter.id)
    d = ws.evidence.detail
    qtbot.mouseClick(d.prefill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner_for(ws.evidence).busy, timeout=20000)
    qtbot.waitUntil(lambda: "No passport line" in d.prefill_note.text(), timeout=5000)
    kept = session.get_evidence(int(letter.id))
    assert (kept.stated_name, kept.stated_date_of_birth, kept.stated_passport_number) == ("", None, "")


@pytest.mark.parametrize(
    "path",
    [
        "case.card_issued_abroad",  # HP-PAY-01, HP-PAY-03
        "case.payer_kind",  # HP-PAY-02
        "case.payer_name",
        "case.minor_companion_name",  # HP-MIN-01
        "case.minor_companion_relationship",
        "person.requestor.organization",
        "person.requestor.given_name",  # HP-REQ-02
        "person.requestor.relationship",  # HP-REQ-01
        "person.supporter.address_country",  # HP-REQ-03
    ],
)
def test_every_field_the_new_findings_point_at_is_reached(qtbot, workspace, session, path):
    case = _new_case(session)
    workspace.load_case(int(case.id))
    assert workspace.focus_field(path) is not None, path
