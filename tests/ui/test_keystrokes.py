"""A whole case typed through the real main window at 1024×600: more than 10,000 keystrokes, every value stored.

This is the walk that crashed with PySide6 6.12.0 (a None refcount leak aborted the process after about
2,000 keystrokes) and lost a 200-word statement. Pauses longer than the autosave delay, step changes and
focus changes save along the way, as they do for a volunteer; the values are read back from the vault.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from parole_desktop.domain.enums import Answer, Role
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace.fields import DateEdit
from parole_desktop.ui.workspace.workspace import AUTOSAVE_MS, BACKGROUND, EVIDENCE, PEOPLE, REASON
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

pytestmark = pytest.mark.gui

SENTENCES = (
    "The beneficiary's mother needs heart surgery that is scheduled at a hospital in the United States. ",
    "The family tried the ordinary visa route, but the next interview date at the consulate is many months away. ",
    "A cousin in the United States will pay for travel, housing and food for the whole stay. ",
    "The beneficiary will return home after the treatment, where a job and a rented flat are waiting. ",
)


def _prose(chars: int, seed: int) -> str:
    out, i = "", seed
    while len(out) < chars:
        out += SENTENCES[i % len(SENTENCES)]
        i += 1
    return out[:chars].rstrip()


class Typist:
    """Types through QTest like a person: key by key, with a pause (autosave) now and then."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str, *, chunk: int = 400, pause: bool = False) -> None:
        widget.setFocus()  # moving to the next field saves the last one (focus-out)
        for start in range(0, len(text), chunk):
            self.qtbot.keyClicks(widget, text[start : start + chunk])
            self.count += len(text[start : start + chunk])
        if pause:
            self.qtbot.wait(AUTOSAVE_MS + 150)  # the volunteer pauses: the autosave timer fires


@pytest.mark.slow  # 10,000+ keystrokes: ~9 s alone; the quick run leaves it out
def test_a_whole_case_typed_with_10000_keystrokes_is_stored(qtbot, make_window, paths, tmp_path):
    created, _ = create_vault(paths, PASSPHRASE)
    created.close()
    window = make_window()
    window.resize(1024, 600)
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    t = Typist(qtbot)

    dlg = NewCaseDialog(window.session, window)
    qtbot.addWidget(dlg)
    dlg.show()
    t.type(dlg.given, "Zumrad")
    t.type(dlg.family, "Testova")
    t.type(dlg.dob, "1990-04-02")
    qtbot.keyClick(dlg.dob, Qt.Key.Key_Return)
    case_id = int(dlg.created_case.id)
    window.open_case(case_id)
    ws = window.workspace
    ws.go_to_step(PEOPLE)

    expected_people: dict[tuple[Role, str], str] = {}
    forms = [
        (Role.BENEFICIARY, ws.people.beneficiary),
        (Role.REQUESTOR, ws.people.requestor),
        (Role.REPRESENTATIVE, ws.people.representative),
        (Role.PREPARER, ws.people.preparer),
        (Role.INTERPRETER, ws.people.interpreter),
    ]
    ws.people.represented.setChecked(True)  # the representative's fields open only for a represented request
    for tab, (role, form) in enumerate(forms):
        ws.people.tabs.setCurrentIndex(min(tab, 5) if role != Role.PREPARER else 5)
        if form.physical_different is not None:  # the home address is different: its parts are typed too
            form.physical_different.setChecked(True)
        if role == Role.BENEFICIARY:  # Part 4: "yes" opens the date and what happened to the document
            for prefix in ("reentry_permit", "advance_parole"):
                form.widgets[f"{prefix}_issued"].set_value(Answer.YES)
        for attr, widget in form.widgets.items():
            typed_in_dialog = role == Role.BENEFICIARY and attr in ("given_name", "family_name")
            if not isinstance(widget, QLineEdit) or isinstance(widget, DateEdit) or typed_in_dialog:
                continue
            value = f"{attr.replace('_', ' ')} of the {role.value} {len(expected_people)}"
            t.type(widget, value, pause=len(expected_people) % 10 == 0)
            expected_people[(role, attr)] = value
    t.type(ws.people.beneficiary.widgets["passport_expiry"], "2031-05-06")

    ws.go_to_step(REASON)
    statement = _prose(5600, 0)
    t.type(ws.reason.statement, statement, pause=True)
    t.type(ws.reason.key_date, "2027-01-15")
    t.type(ws.reason.key_date_label, "Heart surgery at the hospital")
    why_no_visa = _prose(1500, 1)
    t.type(ws.reason.why_no_visa, why_no_visa)
    inadmissibility = _prose(900, 2)
    t.type(ws.reason.inadmissibility, inadmissibility)
    justification = _prose(300, 3)
    t.type(ws.reason.duration_justification, justification)

    ws.go_to_step(BACKGROUND)
    explanation = _prose(700, 1)
    t.type(ws.background.explanation, explanation)

    ws.go_to_step(EVIDENCE)
    passport = tmp_path / "passport.pdf"
    passport.write_bytes(minimal_pdf(["Synthetic passport bio page"]))
    added = ws.evidence.add_files([passport], kind="identity_document")
    assert len(added) == 1
    ws.evidence.list.setCurrentRow(0)
    title_edit = ws.evidence.detail.title_edit
    title_edit.clear()
    title = "Passport bio page of the beneficiary, issued in Kabul, copy made at the legal aid clinic"
    t.type(title_edit, title)
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)

    ws.go_to_step(REASON)  # a step change saves at once
    assert t.count >= 10_000, t.count
    assert not ws.has_pending_edits()
    window.lock()

    # read back from the vault, as the next session would
    with open_vault(paths, PASSPHRASE) as session:
        stored = session.load_case(case_id)
    b = stored.beneficiary
    assert (b.given_name, b.family_name, b.date_of_birth) == ("Zumrad", "Testova", dt.date(1990, 4, 2))
    assert b.passport_expiry == dt.date(2031, 5, 6)
    for (role, attr), value in expected_people.items():
        person = next(p for p in stored.people if p.role == role)
        assert getattr(person, attr) == value, (role, attr)
    assert stored.statement == statement
    assert stored.key_date == dt.date(2027, 1, 15)
    assert stored.key_date_label == "Heart surgery at the hospital"
    assert stored.why_no_visa == why_no_visa
    assert stored.inadmissibility == inadmissibility
    assert stored.duration_justification == justification
    assert stored.background.explanation == explanation
    assert [e.title for e in stored.evidence] == [title]
