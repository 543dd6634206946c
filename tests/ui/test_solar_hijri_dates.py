"""Dates as clients give them (#24 item 3): in Dari and Pashto every date field of the workspace takes the Solar
Hijri date, shows the Gregorian date beside it at all times and stores the Gregorian date only; in any other
language a field is what it was, with the sun button to take a Solar Hijri date when a client gives one.

The full Dari session (a case typed in fa_AF, its stored date and Form I-131 read back) is
``test_a_dari_session_stores_the_gregorian_date_and_the_i131_shows_it``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QFormLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from parole_desktop.domain.enums import Reason, Role
from parole_desktop.domain.models import ParoleRecord, Person
from parole_desktop.packet.forms import all_fields
from parole_desktop.services.session import create_vault
from parole_desktop.ui import i18n
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace.fields import HIJRI_LANGUAGES, INVALID_STYLE, DateEdit, add_date_row
from parole_desktop.ui.workspace.workspace import EXPORT, OUTCOME, PEOPLE, REASON
from tests.conftest import PASSPHRASE
from tests.ui.conftest import shown_workspace, unlock

pytestmark = pytest.mark.gui

I131_DOB = "form1[0].P6[0].P2_Line18_DateOfBirth[0]"


def settle(qtbot) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.wait(20)


@pytest.fixture
def in_form(qtbot):
    """Puts a date field in a shown form (the forms are kept alive until the test ends)."""
    holders: list[QWidget] = []

    def put(edit: DateEdit, width: int = 560) -> QWidget:
        holder = QWidget()
        qtbot.addWidget(holder)
        form = QFormLayout(holder)
        add_date_row(form, "Date of birth", edit)
        holder.resize(width, 120)
        holder.show()
        qtbot.waitExposed(holder)
        holders.append(holder)
        return holder

    yield put
    holders.clear()


def _teal_columns(edit: DateEdit) -> list[int]:
    """The x of every pixel column where the field shows the Gregorian date's colour."""
    image: QImage = edit.grab().toImage()
    want = QColor("#00695c")
    columns = []
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 90:
                columns.append(x)
    return columns


def drawn_beside(edit: DateEdit) -> int:
    """How many pixels of the Gregorian date's colour the field shows, all inside the place for that date."""
    columns = _teal_columns(edit)
    rect = edit.gregorian_rect()
    assert all(rect.left() <= x <= rect.right() for x in columns)
    return len(columns)


def sun_button(edit: DateEdit) -> QToolButton:
    return next(b for b in edit.findChildren(QToolButton) if b.defaultAction() is edit.hijri_action)


# ------------------------------------------------------------------------------------ one field
@pytest.mark.parametrize("code", sorted(HIJRI_LANGUAGES))
def test_in_dari_and_pashto_a_date_is_typed_in_solar_hijri_and_the_gregorian_shows_beside(
    qtbot, code, in_form
):
    i18n.manager().apply(code)
    edit = DateEdit()
    in_form(edit)
    assert edit.hijri and edit.hijri_action.isChecked()
    assert edit.gregorian_text() == "" and drawn_beside(edit) == 0  # nothing typed: nothing beside
    edit.setFocus()
    qtbot.keyClicks(edit, "1370/05/12")
    assert edit.value() == dt.date(1991, 8, 3)
    assert edit.gregorian_text() == "← 1991-08-03"
    assert "1991-08-03" in edit.toolTip() and "1991-08-03" in edit.accessibleDescription()
    assert drawn_beside(edit) > 20  # drawn, not only told
    cal = edit.open_calendar()  # the Jalali calendar with the month names of Afghanistan
    assert (
        cal.calendar().name() == "Jalali" and cal.locale().name() == {"fa_AF": "fa_AF", "ps": "ps_AF"}[code]
    )
    month = cal.calendar().monthName(cal.locale(), 5)
    assert month == {"fa_AF": "اسد", "ps": "زمری"}[code], month
    cal.close()
    # in the mirrored window too the date is drawn at the field's trailing end (right-aligned), after the
    # drawn arrow, not from the start of its place over the arrow
    columns = sorted(set(_teal_columns(edit)))
    assert columns[-1] >= edit.gregorian_rect().right() - 6, (columns[-1], edit.gregorian_rect())
    assert not edit.message.isVisible() and edit.styleSheet() == ""
    # the typed text keeps its room: the Gregorian date is drawn in the right margin, after the text
    assert edit.textMargins().right() >= edit.gregorian_rect().width()
    assert edit.cursorRect().right() < edit.gregorian_rect().left()
    # Persian and Arabic-Indic digits, as a Dari or Pashto keyboard types them
    edit.clear()
    edit.insert("۱۳۷۰/۰۵/۱۲")
    assert edit.value() == dt.date(1991, 8, 3) and edit.gregorian_text() == "← 1991-08-03"
    edit.clear()
    edit.insert("١٣٦٧/١/٢٣")
    assert edit.value() == dt.date(1988, 4, 12)
    # a stored date shows in Solar Hijri
    edit.set_value(dt.date(2024, 3, 20))
    assert edit.text() == "1403/01/01" and edit.gregorian_text() == "← 2024-03-20"


def test_in_english_the_field_is_gregorian_and_the_sun_turns_solar_hijri_on_and_off(qtbot, in_form):
    edit = DateEdit()
    in_form(edit)
    assert not edit.hijri and edit.placeholderText() == "YYYY-MM-DD"
    assert edit.maximumWidth() == 170 and edit.textMargins().right() == 0
    edit.setFocus()
    qtbot.keyClicks(edit, "1991-08-03")
    assert edit.gregorian_text() == "" and drawn_beside(edit) == 0
    changes: list[bool] = []
    edit.calendarChanged.connect(changes.append)
    qtbot.mouseClick(sun_button(edit), Qt.MouseButton.LeftButton)  # the client gives the Hijri date
    assert edit.hijri and edit.text() == "1370/05/12" and edit.value() == dt.date(1991, 8, 3)
    assert edit.gregorian_text() == "← 1991-08-03" and "Solar Hijri" in edit.placeholderText()
    assert "on" in edit.hijri_action.toolTip()
    edit.clear()
    qtbot.keyClicks(edit, "1403/12/30")  # the last day of a leap year
    assert edit.value() == dt.date(2025, 3, 20)
    qtbot.keyClick(edit, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # and back, by keyboard
    assert not edit.hijri and edit.text() == "2025-03-20" and edit.value() == dt.date(2025, 3, 20)
    assert changes == [True, False]


def test_the_context_menu_switches_the_calendar_too(qtbot, in_form):
    edit = DateEdit()
    in_form(edit)
    edit.set_value(dt.date(1991, 8, 3))
    QApplication.sendEvent(
        edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5)))
    )
    menu = next(m for m in edit.findChildren(QMenu) if m.isVisible())
    entry = next(a for a in menu.actions() if a.text() == "Solar Hijri calendar for this date")
    entry.trigger()
    menu.close()
    assert edit.hijri and edit.text() == "1370/05/12"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("1402/12/30", "1402 is not a leap year, so its last month (Hut, Esfand) has 29 days"),
        ("1403/12/31", "month 12 of 1403 has 30 days"),
        ("1370/07/31", "month 7 of 1370 has 30 days"),
        ("1370/13/01", "there is no month 13; the months are 1 to 12"),
        ("1991/08/03", "1991 is a Gregorian year"),
        ("70/05/12", "the year must have four digits, 1200 to 1599"),
        ("12 Asad 1370", "is not a Solar Hijri date. Type it as year/month/day (1370/05/12)"),
    ],
)
def test_an_impossible_solar_hijri_date_is_refused_in_words_and_keeps_the_stored_one(
    qtbot, typed, words, in_form
):
    i18n.manager().apply("fa_AF")
    i18n.manager().apply("en")  # English words, the Solar Hijri calendar turned on by hand
    edit = DateEdit(hijri=True)
    in_form(edit)
    stored = dt.date(1991, 8, 3)
    edit.set_value(stored)
    edit.clear()
    edit.insert(typed)
    assert not edit.is_valid()
    assert words in edit.message.text() and edit.message.isVisible()
    assert typed in edit.message.text().replace("\u2068", "").replace("\u2069", "")
    assert edit.styleSheet() == INVALID_STYLE and edit.gregorian_text() == ""
    assert edit.value(stored) == stored  # the stored date is kept while the text is wrong
    assert edit.text() == typed  # and what was typed is not lost


def test_the_picker_is_the_jalali_calendar_and_writes_the_solar_hijri_date(qtbot, in_form):
    edit = DateEdit(hijri=True, calendar_year_offset=-30)
    in_form(edit)
    cal = edit.open_calendar()
    assert isinstance(cal, QCalendarWidget) and cal.calendar().name() == "Jalali"
    today = QDate.currentDate().addYears(-30)
    assert cal.yearShown() == today.year(cal.calendar())  # opens on the Solar Hijri year, thirty years back
    cal.clicked.emit(QDate(1991, 8, 3))
    assert edit.text() == "1370/05/12" and edit.value() == dt.date(1991, 8, 3)
    cal2 = edit.open_calendar()  # opens again on the typed day
    assert cal2.selectedDate() == QDate(1991, 8, 3)
    assert (cal2.yearShown(), cal2.monthShown()) == (1370, 5)
    cal2.close()
    edit.set_hijri(False)
    cal3 = edit.open_calendar()
    assert cal3.calendar().name() == "Gregorian" and (cal3.yearShown(), cal3.monthShown()) == (1991, 8)
    cal3.close()


def test_turning_the_calendar_leaves_a_wrong_text_as_typed(qtbot, in_form):
    edit = DateEdit(hijri=True)
    in_form(edit)
    edit.insert("1402/12/30")
    edit.set_hijri(False)
    assert edit.text() == "1402/12/30" and not edit.is_valid()  # nothing rewritten, nothing lost
    assert "is not a date" in edit.message.text()


# ------------------------------------------------------------------------------------ the whole workspace
def test_every_date_field_of_the_workspace_takes_solar_hijri_in_dari(qtbot, session):
    case = session.new_case("فرشته", "رحیمی")
    case.beneficiary.date_of_birth = dt.date(1988, 4, 12)
    case.beneficiary.passport_expiry = dt.date(2031, 1, 1)
    case.beneficiary.paroles = [
        ParoleRecord(i94_number="12345678901", paroled_on=dt.date(2023, 5, 1), expires_on=dt.date(2025, 5, 1))
    ]
    case.people.append(Person(role=Role.REQUESTOR, given_name="Laila", family_name="Noori"))
    session.save_case(case)
    i18n.manager().apply("fa_AF")
    settle(qtbot)
    ws = shown_workspace(qtbot, session, 1024, 600)
    try:
        ws.load_case(case.id)
        dates = ws.findChildren(DateEdit)
        # birth, passport, I-94, re-entry permit and advance parole dates of the beneficiary, the paroles
        # table's entry and expiry dates, the key and arrival dates, the outcome's dates, and the date of
        # birth an identity document states
        assert {d.objectName() for d in dates} == {
            "beneficiary_date_of_birth",
            "beneficiary_passport_expiry",
            "beneficiary_i94_expiry",
            "beneficiary_reentry_permit_date",
            "beneficiary_advance_parole_date",
            "beneficiary_parole0_4",
            "beneficiary_parole0_5",
            "keyDate",
            "travelDate",
            "filedOn",
            "decidedOn",
            "paroleExpiry",
            "evStatedDateOfBirth",
        }
        not_hijri = [d.objectName() for d in dates if not d.hijri]
        assert not_hijri == []
        ws.go_to_step(PEOPLE)
        dob = ws.people.beneficiary.widgets["date_of_birth"]
        assert dob.text() == "1367/01/23" and dob.gregorian_text() == "← 1988-04-12"
        for step in (REASON, OUTCOME):
            ws.go_to_step(step)
        dialog = NewCaseDialog(session, ws)
        qtbot.addWidget(dialog)
        assert dialog.dob.hijri and "Solar Hijri" not in dialog.dob.placeholderText()  # it is in Dari
        assert dialog.dob.placeholderText() == QApplication.translate(
            "DateEdit", "YYYY/MM/DD (Solar Hijri), or leave empty if unknown"
        )
    finally:
        ws.clear()


def test_a_wrong_solar_hijri_date_in_the_workspace_is_never_stored(qtbot, session):
    case = session.new_case("Zarmina", "Testova")
    case.beneficiary.date_of_birth = dt.date(1988, 4, 12)
    session.save_case(case)
    i18n.manager().apply("ps")
    settle(qtbot)
    ws = shown_workspace(qtbot, session, 1024, 600)
    try:
        ws.load_case(case.id)
        ws.go_to_step(PEOPLE)
        dob = ws.people.beneficiary.widgets["date_of_birth"]
        assert dob.hijri and dob.text() == "1367/01/23"
        dob.clear()
        dob.insert("1402/12/30")  # not a leap year
        assert ws.invalid_fields() and not ws.flush()
        assert "کبیسه" in dob.message.text() and dob.message.isVisible()  # why, in Pashto
        assert session.load_case(case.id).beneficiary.date_of_birth == dt.date(1988, 4, 12)
        dob.clear()
        dob.insert("۱۳۶۹/۰۱/۰۱")
        assert ws.flush()
        assert session.load_case(case.id).beneficiary.date_of_birth == dt.date(1990, 3, 21)
    finally:
        ws.clear()


# ------------------------------------------------------------------------------------ the Dari session (#24)
def test_a_dari_session_stores_the_gregorian_date_and_the_i131_shows_it(qtbot, make_window, paths, tmp_path):
    """In Dari, a volunteer types a new case whose beneficiary's birth date the client gives as 23 Hamal 1367
    (in Persian digits, as a Dari keyboard types them); the case stores 1988-04-12 and the built packet's
    Form I-131 item 18 (date of birth) reads 04/12/1988."""
    session, _ = create_vault(paths, PASSPHRASE)
    session.close()
    window = make_window()
    window.resize(1024, 600)
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.languages.choose("fa_AF")
    settle(qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    session = window.session
    dialog = NewCaseDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.given.insert("فرشته")
    dialog.family.insert("رحیمی")
    assert dialog.dob.hijri
    dialog.dob.setFocus()
    dialog.dob.insert("۱۳۶۷/۰۱/۲۳")
    assert dialog.dob.gregorian_text() == "← 1988-04-12"
    dialog.reason.setCurrentIndex(dialog.reason.findData(str(Reason.MEDICAL_TREATMENT)))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    case_id = int(dialog.created_case.id)
    assert session.load_case(case_id).beneficiary.date_of_birth == dt.date(1988, 4, 12)

    window.open_case(case_id)
    ws = window.workspace
    ws.go_to_step(PEOPLE)
    ws.people.requestor.setEnabled(True)  # the sister in the US files for her
    req = ws.people.requestor.widgets
    req["given_name"].insert("Laila")
    req["family_name"].insert("Noori")
    ben = ws.people.beneficiary.widgets
    assert ben["date_of_birth"].text() == "1367/01/23"  # shown back as the client gave it
    expiry = ben["passport_expiry"]
    expiry.setFocus()
    qtbot.keyClicks(expiry, "1410/10/11")  # ASCII digits work as well
    assert expiry.gregorian_text() == "← 2032-01-01"
    ws.go_to_step(REASON)  # the step change saves
    stored = session.load_case(case_id)
    assert stored.beneficiary.date_of_birth == dt.date(1988, 4, 12)
    assert stored.beneficiary.passport_expiry == dt.date(2032, 1, 1)
    assert stored.people_with_role(Role.REQUESTOR)[0].full_name == "Laila Noori"

    ws.go_to_step(EXPORT)
    exp = ws.export
    out = tmp_path / "usb"
    out.mkdir()
    exp.folder.setText(str(out))
    assert not exp.final.isChecked()  # a draft: no sign-off needed
    with qtbot.waitSignal(exp.exported, timeout=60_000):
        exp.export_button.click()
    pdfs = sorted(Path(out).glob("*.pdf"))
    assert len(pdfs) == 1
    with pikepdf.open(pdfs[0]) as pdf:
        assert str(all_fields(pdf)[I131_DOB].V) == "04/12/1988"


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(HIJRI_LANGUAGES))
def test_every_step_fits_1024x600_with_the_solar_hijri_fields_and_vazirmatn(
    qtbot, make_window, paths, monkeypatch, code
):
    """The wider Solar Hijri date fields and the Vazirmatn font leave every step of a case (with a parole in
    the paroles table) within 1024×600, nothing cut, and every date field wide enough for its text and the
    Gregorian date beside it."""
    from PySide6.QtCore import QRect

    from parole_desktop.app import register_bundled_fonts
    from parole_desktop.ui import widgets
    from tests.ui.test_i18n import _cut_labels

    small = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(widgets, "available_geometry", lambda _w: small)
    session, _ = create_vault(paths, PASSPHRASE)
    case = session.new_case("زرمینه", "احمدزی")
    case.beneficiary.date_of_birth = dt.date(1988, 4, 12)
    case.beneficiary.paroles = [
        ParoleRecord(i94_number="12345678901", paroled_on=dt.date(2023, 5, 1), expires_on=dt.date(2025, 5, 1))
    ]
    session.save_case(case)
    session.close()
    window = make_window()
    register_bundled_fonts()
    window.languages.apply(code)
    assert QApplication.font().family() == "Vazirmatn"
    window.resize(1024, 570)
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(case.id)
    ws = window.workspace
    for step in range(ws.stack.count()):
        ws.go_to_step(step)
        qtbot.wait(10)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1024 and hint.height() <= 570, (code, step, hint)
        try:
            qtbot.waitUntil(lambda: not _cut_labels(window), timeout=1500)
        except Exception:
            pytest.fail(f"{code} step {step + 1}: cut at 1024x600: {_cut_labels(window)}")
    ws.go_to_step(PEOPLE)
    qtbot.wait(10)
    dates = ws.findChildren(DateEdit)
    table = ws.people.beneficiary.widgets["paroles"].table
    for col in (4, 5):  # a date cell of the paroles table lies within its column, not over its neighbour
        cell = table.cellWidget(0, col)
        assert isinstance(cell, DateEdit) and cell.width() <= table.columnWidth(col), (col, cell.width())
    for date in dates:
        assert date.hijri
        # as wide as it needs (the paroles table widens its date columns), so the typed text keeps its room
        assert date.width() >= date.minimumWidth() > 0, (date.objectName(), date.width(), date.minimumWidth())
        if date.text():
            room = date.gregorian_rect().left() - date.cursorRect().right()
            assert room >= 0, (date.objectName(), date.width(), room)
