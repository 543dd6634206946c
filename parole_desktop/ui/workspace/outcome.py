"""Step 8, Outcome: filing and decision details, and moving the case to filed / decided."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import CaseStatus, Decision
from parole_desktop.domain.models import Case, Outcome
from parole_desktop.errors import ParoleError
from parole_desktop.services.outcomes import sync_outcome_parole
from parole_desktop.services.session import Session
from parole_desktop.ui.workspace.fields import (
    INVALID_STYLE,
    DateEdit,
    EnumCombo,
    StepPage,
    add_date_row,
    show_error,
)

STATUS_LABELS = {
    CaseStatus.DRAFT: "Draft",
    CaseStatus.READY_FOR_REVIEW: "Ready for review",
    CaseStatus.SIGNED_OFF: "Signed off",
    CaseStatus.FILED: "Filed",
    CaseStatus.DECIDED: "Decided",
}


class OutcomePage(StepPage):
    """What happened after filing. Status changes go through ``session.update_status``."""

    title = "Outcome"
    statusChanged = Signal()
    beforeStatus = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setObjectName("caseStatus")
        lay.addWidget(self.status_label)
        box = QGroupBox(self.tr("Filing and decision"))
        form = QFormLayout(box)
        self.filed_on = DateEdit()
        self.filed_on.setObjectName("filedOn")
        add_date_row(form, self.tr("Filed on"), self.filed_on)
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receiptNumber")
        self.receipt.setPlaceholderText(self.tr("e.g. IOE0123456789"))
        form.addRow(self.tr("Receipt number"), self.receipt)
        self.decision = EnumCombo(
            [
                (self.tr("Approved"), Decision.APPROVED),
                (self.tr("Denied"), Decision.DENIED),
                (self.tr("Withdrawn"), Decision.WITHDRAWN),
            ],
            none_label=self.tr("— no decision yet —"),
        )
        self.decision.setObjectName("decision")
        form.addRow(self.tr("Decision"), self.decision)
        self.decided_on = DateEdit()
        self.decided_on.setObjectName("decidedOn")
        add_date_row(form, self.tr("Decided on"), self.decided_on)
        self.i94 = QLineEdit()
        self.i94.setObjectName("i94Number")
        form.addRow(self.tr("I-94 number"), self.i94)
        self.parole_expiry = DateEdit()
        self.parole_expiry.setObjectName("paroleExpiry")
        add_date_row(form, self.tr("Parole expires on"), self.parole_expiry)
        lay.addWidget(box)
        row = QHBoxLayout()
        self.mark_filed = QPushButton(self.tr("Mark as filed"))
        self.mark_filed.setObjectName("markFiled")
        self.mark_filed.clicked.connect(lambda: self.set_status(CaseStatus.FILED))
        self.mark_decided = QPushButton(self.tr("Mark as decided"))
        self.mark_decided.setObjectName("markDecided")
        self.mark_decided.clicked.connect(lambda: self.set_status(CaseStatus.DECIDED))
        row.addWidget(self.mark_filed)
        row.addWidget(self.mark_decided)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.watch_all(
            [self.filed_on, self.receipt, self.decision, self.decided_on, self.i94, self.parole_expiry]
        )
        for w in (self.filed_on, self.decided_on):
            w.textChanged.connect(self._check_order)

    def load(self, case: Case) -> None:
        self.case = case
        with self.loading():
            o = case.outcome
            self.filed_on.set_value(o.filed_on)
            self.receipt.setText(o.receipt_number)
            self.decision.set_value(o.decision)
            self.decided_on.set_value(o.decided_on)
            self.i94.setText(o.i94_number)
            self.parole_expiry.set_value(o.parole_expiry)
        self.show_status(case.status)

    def show_status(self, status: CaseStatus) -> None:
        self.status_label.setText(
            self.tr("Status: <b>{s}</b>").format(s=self.tr(STATUS_LABELS.get(status, str(status))))
        )

    def activated(self) -> None:
        if self.case is not None and self.case.id is not None:
            self.show_status(self.session.load_case(self.case.id).status)

    def dates_out_of_order(self) -> bool:
        filed, decided = self.filed_on.value(), self.decided_on.value()
        return filed is not None and decided is not None and decided < filed

    def _check_order(self) -> None:
        if self.decided_on.is_valid():
            bad = self.dates_out_of_order()
            self.decided_on.setStyleSheet(INVALID_STYLE if bad else "")
            self.decided_on.setToolTip(self.tr("The decision date is before the filing date.") if bad else "")

    def apply(self, case: Case) -> None:
        o = case.outcome
        o.filed_on = self.filed_on.value(o.filed_on)
        o.receipt_number = self.receipt.text().strip()
        o.decision = self.decision.value()
        o.decided_on = self.decided_on.value(o.decided_on)
        o.i94_number = self.i94.text().strip()
        o.parole_expiry = self.parole_expiry.value(o.parole_expiry)
        # an approval's parole goes onto the beneficiary's list of paroles (source "outcome"), so a later
        # request for this person finds it and its expiry
        sync_outcome_parole(case)

    def set_status(self, status: CaseStatus) -> bool:
        if self.case is None or self.case.id is None:
            return False
        if status == CaseStatus.FILED and not self.filed_on.text().strip():
            self.filed_on.set_value(dt.date.today())
        if status == CaseStatus.DECIDED and self.decision.value() is None:
            show_error(self, self.tr("Choose the decision first."))
            return False
        if status == CaseStatus.DECIDED and not self.decided_on.text().strip():
            self.decided_on.set_value(dt.date.today())
        for field in (self.filed_on, self.decided_on, self.parole_expiry):
            if not field.is_valid():
                show_error(self, field.problem())
                field.setFocus()
                return False
        if self.dates_out_of_order():
            show_error(
                self, self.tr("The decision date is before the filing date. Correct one of them first.")
            )
            return False
        if (
            status == CaseStatus.DECIDED
            and self.decision.value() == Decision.APPROVED
            and self.parole_expiry.value() is None
        ):
            show_error(
                self,
                self.tr(
                    "An approval needs the date parole expires (on the I-94 or the approval "
                    "notice). Enter it under “Parole expires on”."
                ),
            )
            self.parole_expiry.setFocus()
            return False
        self.beforeStatus.emit()
        try:
            self.session.update_status(self.case.id, str(status))
        except ParoleError as exc:
            show_error(self, str(exc))
            return False
        self.case.status = status
        self.show_status(status)
        self.statusChanged.emit()
        return True

    def fields(self) -> dict[str, QWidget]:
        return {
            "outcome.filed_on": self.filed_on,
            "outcome.decision": self.decision,
            "outcome.decided_on": self.decided_on,
            "outcome.i94_number": self.i94,
            "outcome.parole_expiry": self.parole_expiry,
        }

    def clear(self) -> None:
        self.load(Case(outcome=Outcome()))
        self.case = None
        self.status_label.clear()
