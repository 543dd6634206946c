"""The whole flow through real widgets of the main window, on a fresh vault:
create vault -> new case -> people and reason -> evidence with a translation -> checks and jump ->
sign-off -> export -> the exported packet verifies. Asserts on stored data and visible text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from parole_desktop.domain.enums import (
    Answer,
    Ethnicity,
    FeeStatus,
    ParoleFeePlan,
    PaymentMethod,
    Reason,
    ReviewerRole,
    Role,
)
from parole_desktop.services import signoff
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.packets import verify_packet_file
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace.workspace import CHECKS, EVIDENCE, EXPORT, PEOPLE, REASON, REVIEW
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import enrol

pytestmark = pytest.mark.gui

REVIEWER_PASS = "reviewer passphrase e2e 7"
STATEMENT = (
    "The beneficiary needs heart surgery that is not available in her country or nearby. " * 20
).strip()


def _type(qtbot, widget, text: str) -> None:
    if isinstance(widget, QComboBox):  # the country and state pickers: typed into their line edit
        widget = widget.lineEdit()
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only; a real keyboard layout would insert the same text
        widget.insert(text)


def _file(tmp_path: Path, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(minimal_pdf([f"{name} (synthetic)"]))
    return p


@pytest.mark.slow
def test_full_flow_through_the_main_window(qtbot, make_window, paths, tmp_path):
    window = make_window()
    window.resize(1280, 820)
    window.show()

    # 1. create the vault
    create = window.lock_screen.create_page
    qtbot.keyClicks(create.passphrase, PASSPHRASE)
    qtbot.keyClicks(create.confirm, PASSPHRASE)
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    window.lock_screen.recovery_page.written.click()
    qtbot.mouseClick(window.lock_screen.recovery_page.continue_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None and window.case_list.isVisible()

    # 2. a new case through the dialog, opened in the workspace
    dlg = NewCaseDialog(session, window)
    qtbot.addWidget(dlg)
    _type(qtbot, dlg.given, "فرشته")
    _type(qtbot, dlg.family, "رحیمی")
    dlg.reason.setCurrentIndex(dlg.reason.findData(str(Reason.MEDICAL_TREATMENT)))
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    case_id = int(dlg.created_case.id)
    window.case_list.refresh()
    window.open_case(case_id)
    ws = window.workspace
    assert window.pages.currentWidget() is ws
    assert "فرشته رحیمی" in ws.title_label.text()

    # 3. people: the beneficiary's details typed into the forms
    ws.go_to_step(PEOPLE)
    ben = ws.people.beneficiary.widgets
    _type(qtbot, ben["date_of_birth"], "1988-04-12")
    _type(qtbot, ben["citizenship"], "AF")
    _type(qtbot, ben["country_of_birth"], "AF")
    _type(qtbot, ben["current_country"], "PK")
    _type(qtbot, ben["passport_number"], "P1234567")
    _type(qtbot, ben["passport_expiry"], "2031-01-01")
    _type(qtbot, ben["passport_given_name"], "FERESHTEH")  # HP-ID-10: the passport spelling in Latin letters
    _type(qtbot, ben["passport_family_name"], "RAHIMI")
    ws.people.requestor.setEnabled(True)
    req = ws.people.requestor.widgets
    for key, value in (
        ("given_name", "Laila"),
        ("family_name", "Noori"),
        ("relationship", "sister"),
        ("address_street", "100 Sample Ave"),
        ("address_city", "Springfield"),
        ("address_country", "United States"),
        ("address_region", "IL"),
        ("address_postal_code", "62701"),
        ("phone", "+1 555 0100"),
    ):
        _type(qtbot, req[key], value)
    prep = ws.people.preparer.widgets
    _type(qtbot, prep["given_name"], "Demo")
    _type(qtbot, prep["family_name"], "Volunteer")

    # 4. reason and statement
    ws.go_to_step(REASON)  # step change saves the people
    stored = session.load_case(case_id)
    assert stored.beneficiary.citizenship == "AF" and str(stored.beneficiary.date_of_birth) == "1988-04-12"
    assert stored.people_with_role(Role.REQUESTOR)[0].full_name == "Laila Noori"
    r = ws.reason
    r.statement.setFocus()
    r.statement.insertPlainText(STATEMENT)
    assert "words" in r.word_count.text()
    _type(qtbot, r.key_date, "2099-03-01")
    _type(qtbot, r.key_date_label, "Surgery")
    r.duration.setValue(6)
    r.why_no_visa.insertPlainText("The earliest visa interview is eight months away, after the surgery date.")
    r.inadmissibility.insertPlainText("A visitor visa cannot be obtained in time for the surgery.")
    r.fee_status.set_value(FeeStatus.PAID)
    r.payment_method.set_value(PaymentMethod.G1450)  # HP-FEE-04: paper filings pay by G-1450 / G-1650
    _type(qtbot, r.payer_name, "Laila Noori")
    r.fee_plan.set_value(ParoleFeePlan.WILL_PAY)
    assert ws.flush()
    stored = session.load_case(case_id)
    assert (
        stored.statement == STATEMENT and stored.duration_months == 6 and stored.fee_status == FeeStatus.PAID
    )

    # 5. what the widgets of other steps would add: a supporter and the background answers
    stored.people.append(
        stored.beneficiary.__class__(
            role=Role.SUPPORTER,
            given_name="Laila",
            family_name="Noori",
            supporter_kind="person",
            support_form="I-134",
            us_status="US citizen",
            address_street="100 Sample Ave",
            address_city="Springfield",
            address_region="IL",
            address_postal_code="62701",
            address_country="US",
        )
    )
    # what the Form I-131 requires of this case besides (a final build is refused without it)
    ben = stored.beneficiary
    for attr, value in (
        ("sex", "F"),
        ("address_street", "House 12, Street 4, F-7/2"),
        ("address_city", "Islamabad"),
        ("address_region", "Islamabad Capital Territory"),
        ("address_postal_code", "44000"),
        ("address_country", "PK"),
        ("ethnicity", Ethnicity.NOT_HISPANIC),
        ("race", "asian"),
        ("height_feet", 5),
        ("height_inches", 3),
        ("weight_pounds", 121),
        ("eye_color", "brown"),
        ("hair_color", "black"),
        ("reentry_permit_issued", Answer.NO),
        ("advance_parole_issued", Answer.NO),
    ):
        setattr(ben, attr, value)
    requestor = stored.people_with_role(Role.REQUESTOR)[0]
    requestor.date_of_birth = dt.date(1984, 2, 2)
    requestor.sex = "F"
    requestor.country_of_birth = requestor.citizenship = "AF"
    preparer = stored.people_with_role(Role.PREPARER)[0]
    preparer.organization, preparer.phone = "Sample Legal Aid", "+1 555 0101"
    stored.consular_post = "Islamabad, Pakistan"
    stored.intended_travel_date = dt.date(2099, 2, 15)  # before the surgery (HP-RSN-08)
    for attr in (
        "criminal_history",
        "immigration_violations",
        "prior_visa_denials",
        "prior_removals",
        "removal_proceedings",
    ):
        setattr(stored.background, attr, Answer.NO)
    session.save_case(stored)
    ws.load_case(case_id)

    # 6. evidence, with a Dari original and its certified English translation
    ws.go_to_step(EVIDENCE)
    ev = ws.evidence
    for kind in (
        "identity_document",
        "requestor_identity",
        "supporter_identity",
        "supporter_financial",
        "fee_payment",
        "photos",
        "us_provider_acceptance",
        "treatment_cost_plan",
    ):
        # the fee document's file names its form, the payment method recorded above (HP-FEE-05)
        name = "G-1450 card authorization.pdf" if kind == "fee_payment" else f"{kind}.pdf"
        assert ev.add_files([_file(tmp_path, name)], kind=kind)
    original = ev.add_files(
        [_file(tmp_path, "physician-letter-dari.pdf")], kind="physician_letter", language="fa"
    )[0]

    # 7. checks: the missing translation shows with its citation; activating it jumps to the evidence
    ws.go_to_step(CHECKS)
    items = {i.text(1): i for i in ws.checks.finding_items()}
    assert "HP-EVD-01" in items and "103.2(b)(3)" in items["HP-EVD-01"].text(2)
    ws.checks.tree.itemActivated.emit(items["HP-EVD-01"], 0)
    assert ws.current_step() == EVIDENCE
    ev.add_files(
        [_file(tmp_path, "physician-letter-en.pdf")],
        kind="translation",
        language="en",
        translation_of=original.id,
        translator_name="T. Translator",
        translator_certified=True,
    )
    ws.go_to_step(CHECKS)
    fails = [i.text(1) for i in ws.checks.finding_items() if i.parent() is ws.checks.tree.topLevelItem(0)]
    assert fails == [], fails
    assert session.load_case(case_id).status == "ready_for_review"

    # 8. reviewer sign-off through the review step
    prof = signoff.create_reviewer(
        session, "Rita Reviewer", ReviewerRole.ATTORNEY, REVIEWER_PASS, number="DC-1"
    )
    enrol(session, prof.id, REVIEWER_PASS)  # the org admin lists her in the trust roster
    ws.go_to_step(REVIEW)
    ws.load_case(case_id)  # the review step lists the reviewer created meanwhile
    ws.go_to_step(REVIEW)
    for i, edit in enumerate(ws.review.reason_edits.values()):  # each warning with its own reason
        qtbot.keyClicks(edit, f"Weighed note {i} against the recorded evidence; acceptable for this request.")
    qtbot.keyClicks(ws.review.passphrase, REVIEWER_PASS)
    with qtbot.waitSignal(ws.review.signFinished, timeout=30_000) as signed:
        ws.review.sign_button.click()
    assert signed.args == [True]
    assert ws.review.banner.property("state") == "valid"
    assert session.load_case(case_id).status == "signed_off"

    # 9. export the final packet and verify it (nothing the I-131 requires is blank)
    from parole_desktop.packet.forms import required_blanks

    assert required_blanks(session.load_case(case_id)) == []
    ws.go_to_step(EXPORT)
    exp = ws.export
    out = tmp_path / "usb"
    out.mkdir()
    exp.folder.setText(str(out))
    exp.final.setChecked(True)
    qtbot.keyClicks(exp.passphrase, REVIEWER_PASS)
    with qtbot.waitSignal(exp.exported, timeout=60_000):
        exp.export_button.click()
    pdfs = list(out.glob("*.pdf"))
    assert len(pdfs) == 1 and exp.result.signed
    assert verify_packet_file(pdfs[0], session).ok
    assert "Verified" in exp.verify_label.text()
    assert QApplication.activeModalWidget() is None
