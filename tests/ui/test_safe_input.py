"""Input a volunteer under stress cannot get wrong: the wheel, Enter, typed dates, invalid fields, approvals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from parole_desktop.domain.enums import CaseStatus, Channel, Decision
from parole_desktop.ui.inputs import install_input_guards
from parole_desktop.ui.new_case import NewCaseDialog
from parole_desktop.ui.workspace.fields import DateEdit, parse_date
from parole_desktop.ui.workspace.workspace import OUTCOME, REASON
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


def _wheel(widget, steps: int = -3) -> None:
    pos = QPointF(widget.rect().center())
    ev = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(QPoint(int(pos.x()), int(pos.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, ev)


def test_wheel_over_an_unfocused_combo_scrolls_the_page_and_changes_nothing(
    qtbot, workspace, session, case_id
):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(REASON)
    combo = ws.reason.channel
    assert combo.value() == Channel.USCIS
    ws.reason.statement.setFocus()
    _wheel(combo)
    _wheel(ws.reason.duration)
    assert combo.value() == Channel.USCIS
    assert ws.reason.duration.value() == 0
    assert not ws.has_pending_edits()
    ws.flush()
    assert session.load_case(case_id).channel == Channel.USCIS
    # clicked (focused) on purpose, the wheel works as usual
    combo.setFocus()
    _wheel(combo, steps=-1)
    assert combo.value() == Channel.CBP_PORT_OF_ENTRY


def test_guard_is_installed_once_and_spin_boxes_take_no_wheel_focus(qtbot):
    assert install_input_guards() is install_input_guards()
    edit = DateEdit()
    qtbot.addWidget(edit)
    from PySide6.QtWidgets import QSpinBox

    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.show()
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_enter_in_new_case_creates_it_with_the_typed_birth_date(qtbot, session):
    install_input_guards()
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.given, "Zumrad")
    qtbot.keyClicks(dlg.family, "Testova")
    qtbot.keyClicks(dlg.dob, "1992-03-14")
    assert dlg.dob.text() == "1992-03-14"
    qtbot.keyClick(dlg.dob, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    stored = session.load_case(dlg.created_case.id)
    assert stored.beneficiary_name == "Zumrad Testova"
    assert stored.beneficiary.date_of_birth == dt.date(1992, 3, 14)


def test_enter_with_an_invalid_birth_date_keeps_the_dialog_and_says_why(qtbot, session):
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.given, "Zumrad")
    qtbot.keyClicks(dlg.dob, "15/02/2027")
    qtbot.keyClick(dlg.given, Qt.Key.Key_Enter)
    assert dlg.isVisible() and dlg.created_case is None
    assert session.count_cases() == 0
    assert "is not a date" in dlg.error.text()
    assert dlg.given.text() == "Zumrad" and dlg.dob.text() == "15/02/2027"  # nothing typed is lost
    assert not dlg.dob.message.isHidden()
    dlg.dob.setText("2099-01-01")
    qtbot.keyClick(dlg.given, Qt.Key.Key_Return)
    assert dlg.created_case is None and "in the future" in dlg.error.text()


def test_birth_date_calendar_opens_near_a_sensible_year(qtbot, session):
    dlg = NewCaseDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    cal = dlg.dob.open_calendar()
    assert cal.yearShown() == dt.date.today().year - 30
    cal.clicked.emit(cal.selectedDate().addDays(-3))
    assert parse_date(dlg.dob.text()) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-31", dt.date(2026, 12, 31)),
        ("12/31/2026", dt.date(2026, 12, 31)),  # the test locale (C / en_US): month first
        ("1/2/2026", dt.date(2026, 1, 2)),
        ("15/02/2027", None),
        ("2026-02-30", None),
        ("unknown9920314", None),
        ("", None),
    ],
)
def test_typed_dates_iso_or_the_locale_form(text, expected):
    from PySide6.QtCore import QLocale

    assert parse_date(text, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == expected


def test_invalid_date_is_shown_under_the_field_and_never_reported_saved(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(OUTCOME)
    expiry = ws.outcome.parole_expiry
    qtbot.keyClicks(expiry, "15/02/2027")
    assert not ws.flush()
    assert ws.save_state.text().startswith("Not saved: Parole expires on")
    assert not expiry.message.isHidden()
    assert "is not a date" in expiry.message.text()
    expiry.setText("2027-02-15")
    assert ws.flush()
    assert ws.save_state.text() == "All changes saved"
    assert expiry.message.isHidden()
    assert session.load_case(case_id).outcome.parole_expiry == dt.date(2027, 2, 15)


def test_approval_needs_a_valid_parole_expiry(qtbot, workspace, session, case_id):
    ws = workspace
    ws.load_case(case_id)
    ws.go_to_step(OUTCOME)
    page = ws.outcome
    page.filed_on.setText("2026-10-01")
    page.decision.set_value(Decision.APPROVED)
    page.decided_on.setText("2026-11-20")
    page.parole_expiry.setText("15/02/2027")
    assert not page.set_status(CaseStatus.DECIDED)
    assert session.load_case(case_id).status != CaseStatus.DECIDED
    page.parole_expiry.clear()
    assert not page.set_status(CaseStatus.DECIDED)
    page.parole_expiry.setText("2027-11-19")
    assert page.set_status(CaseStatus.DECIDED)
    stored = session.load_case(case_id)
    assert stored.status == CaseStatus.DECIDED
    assert stored.outcome.parole_expiry == dt.date(2027, 11, 19)


def test_enter_in_settings_saves_and_starts_no_backup(qtbot, session, paths):
    from PySide6.QtCore import QSettings

    from parole_desktop.ui.operations import runner_for
    from parole_desktop.ui.settings import AUTO_LOCK_KEY, SettingsDialog

    paths.ensure()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    dlg = SettingsDialog(settings, session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    started: list[str] = []
    runner_for(dlg).started.connect(started.append)
    dlg.auto_lock.setFocus()
    dlg.auto_lock.lineEdit().selectAll()
    qtbot.keyClicks(dlg.auto_lock.lineEdit(), "25")
    qtbot.keyClick(dlg.auto_lock, Qt.Key.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert started == []  # no backup (nor any other operation) was started
    assert int(settings.value(AUTO_LOCK_KEY)) == 25


@pytest.mark.slow
def test_lock_with_an_invalid_field_keeps_the_text_encrypted_and_restores_it(qtbot, make_window, paths):
    from parole_desktop.services.session import create_vault
    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import unlock

    created, _ = create_vault(paths, PASSPHRASE)
    case_id = created.new_case("Zumrad", "Testova").id
    created.close()
    window = make_window()
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(case_id)
    ws = window.workspace
    ws.go_to_step(OUTCOME)
    qtbot.keyClicks(ws.outcome.parole_expiry, "15/02/2027")
    qtbot.keyClicks(ws.outcome.receipt, "IOE0123456789")
    assert not window.flush_pending()  # leaving the case would drop the typed date: refused
    window.auto_lock()
    assert window.session is None  # locked all the same
    raw = (paths.vault / "vault.db").read_bytes()
    assert b"15/02/2027" not in raw and b"IOE0123456789" not in raw  # kept encrypted
    unlock(qtbot, window, PASSPHRASE)
    window.open_case(case_id)
    ws = window.workspace
    assert ws.outcome.parole_expiry.text() == "15/02/2027"
    assert ws.outcome.receipt.text() == "IOE0123456789"
    assert window.session.load_case(case_id).outcome.receipt_number == "IOE0123456789"
    assert window.session.get_setting(ws.STASH_KEY) == ""
