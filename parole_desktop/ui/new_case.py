"""The “New case” dialog: the beneficiary's name, date of birth, channel and reason, with a duplicate check."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import Channel, Reason, Role
from parole_desktop.domain.models import Case, CaseSummary, Person
from parole_desktop.errors import ParoleError
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.labels import choices, label
from parole_desktop.ui.widgets import error_label, make_primary, note
from parole_desktop.ui.workspace.fields import DateEdit, add_date_row, text_problem

log = logging.getLogger(__name__)


def _available_width(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else 1024


class NewCaseDialog(QDialog):
    """Creates a case, unless a similar one exists and the volunteer opens that instead.

    After ``accept()``: ``created_case`` is the new case, or ``existing_case_id`` the one chosen.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self._session = session
        self._checked_for: tuple[str, str, dt.date | None] | None = None
        self.created_case: Case | None = None
        self.existing_case_id: int | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.given = QLineEdit()
        self.given.setObjectName("givenName")
        self.given.setAccessibleName(self.tr("Given name"))
        self.family = QLineEdit()
        self.family.setObjectName("familyName")
        self.family.setAccessibleName(self.tr("Family name"))
        # typed (ISO or the locale's form; Solar Hijri in Dari and Pashto) or picked from a calendar that
        # opens thirty years back; empty means unknown
        self.dob = DateEdit(calendar_year_offset=-30, wide=True, may_be_unknown=True)
        self.dob.setObjectName("dateOfBirth")
        self.dob.setAccessibleName(self.tr("Date of birth"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.setAccessibleName(self.tr("Channel"))
        for text, value in choices(Channel):
            self.channel.addItem(text, value)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.addItem(self.tr("(not chosen yet)"), "")
        for text, value in choices(Reason):
            self.reason.addItem(text, value)
        form.addRow(self.tr("&Given name"), self.given)
        form.addRow(self.tr("&Family name"), self.family)
        add_date_row(form, self.tr("&Date of birth"), self.dob)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.similar_note = note(
            self.tr(
                "These existing cases look like the same person. Double-click one to open it, or create the new "
                "case anyway."
            ),
            "similarNote",
        )
        self.similar_note.setStyleSheet("color: #8a4b00;")
        self.similar = QListWidget()
        self.similar.setObjectName("similarCases")
        self.similar.setAccessibleName(self.tr("Similar existing cases"))
        self.similar.setMaximumHeight(120)
        for w in (self.similar_note, self.similar):
            w.setVisible(False)
            layout.addWidget(w)
        self.error = error_label("newCaseError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createCase")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        make_primary(self, self.create_button)  # Enter creates; it never discards what was typed
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.similar.itemActivated.connect(self._open_existing)
        for edit in (self.given, self.family):
            edit.textChanged.connect(self._inputs_changed)
        self.dob.textChanged.connect(self._inputs_changed)
        self.setMinimumWidth(min(460, _available_width(self) - 40))

    def _key(self) -> tuple[str, str, dt.date | None]:
        return self.given.text().strip(), self.family.text().strip(), self.dob.value()

    def _inputs_changed(self) -> None:
        if self._checked_for is not None and self._key() != self._checked_for:
            self._checked_for = None
            self.create_button.setText(self.tr("Create"))
            self.similar_note.setVisible(False)
            self.similar.setVisible(False)

    def _show_similar(self, hits: list[CaseSummary]) -> None:
        self.similar.clear()
        for h in hits:
            born = h.date_of_birth.isoformat() if h.date_of_birth else self.tr("birth date unknown")
            # the name in a first-strong isolate: an Arabic-script name does not reorder the rest of the line
            item = QListWidgetItem(
                self.tr("case {n}").format(n=h.id) + f" · {isolate(h.beneficiary)} · {isolate(born)} · "
                f"{label(h.reason) or '—'} · {label(h.status)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.similar.addItem(item)
        self.similar_note.setVisible(True)
        self.similar.setVisible(True)
        self.create_button.setText(self.tr("Create anyway"))

    def _open_existing(self, item: QListWidgetItem) -> None:
        self.existing_case_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _create(self) -> None:
        given, family, dob = self._key()
        if not self.dob.is_valid():
            self.error.setText(self.dob.problem())
            self.error.setVisible(True)
            self.dob.setFocus()
            return
        if dob is not None and dob > dt.date.today():
            self.error.setText(self.tr("The date of birth is in the future. Correct it or leave it empty."))
            self.error.setVisible(True)
            self.dob.setFocus()
            return
        if not (given or family):
            self.error.setText(self.tr("Enter the beneficiary's given or family name."))
            self.error.setVisible(True)
            self.given.setFocus()
            return
        for what, edit in ((self.tr("Given name"), self.given), (self.tr("Family name"), self.family)):
            why = text_problem(edit)  # the one text rule (domain/text.py); the typed name stays
            if why:
                self.error.setText(f"{what}: {why}")
                self.error.setVisible(True)
                edit.setFocus()
                return
        try:
            if self._checked_for != (given, family, dob):
                self._checked_for = (given, family, dob)
                hits = self._session.find_similar(given, family, dob)
                if hits:
                    self._show_similar(hits)
                    return
            person = Person(role=Role.BENEFICIARY, given_name=given, family_name=family, date_of_birth=dob)
            reason = self.reason.currentData()
            case = Case(
                channel=Channel(self.channel.currentData()),
                reason=Reason(reason) if reason else None,
                # the preparer and interpreter this volunteer recorded last time: no typing them again
                people=[person, *self._session.remembered_helpers()],
            )
            self.created_case = self._session.save_case(case)
        except ParoleError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        log.info("created case %s", self.created_case.id)
        self.accept()


__all__ = ["NewCaseDialog"]
