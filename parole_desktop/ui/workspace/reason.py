"""Step 2, Reason and statement: reason, statement with word count, dates, duration, visa, channel, fees."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import (
    Answer,
    Channel,
    FeeStatus,
    FilingMode,
    I134Delivery,
    KeyDateKind,
    ParoleBasis,
    ParoleFeePlan,
    PayerKind,
    PaymentMethod,
    Reason,
    RequestType,
    Route,
)
from parole_desktop.domain.models import Case
from parole_desktop.services.rulebook import RulesPack, inadmissibility_grounds, suspension_exceptions
from parole_desktop.ui.workspace.fields import (
    CheckedLineEdit,
    DateEdit,
    EnumCombo,
    PickCombo,
    StepPage,
    add_checked_row,
    add_date_row,
    optional_spin,
)

WORDS_FAIL = 50
WORDS_WARN = 150


def word_count(text: str) -> int:
    return len(text.split())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def _time_problem(text: str) -> str:
    """ "" for a time of day typed as HH:MM (24 hours), else what is wrong."""
    if re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", text):
        return ""
    return "Type the time as HH:MM on a 24-hour clock, e.g. 09:30 or 14:00."


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(height)
    box.setTabChangesFocus(True)
    return box


class ReasonPage(StepPage):
    """Why the beneficiary needs parole, for how long, by which channel, and how fees are handled."""

    title = "Reason and statement"

    def __init__(self, pack: RulesPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)

        box = QGroupBox(self.tr("What is asked (Form I-131 Part 1)"))
        box.setObjectName("requestBox")
        form = QFormLayout(box)
        form.addRow(_hint(self.tr("The kind of request, its legal basis and who brings it.")))
        self.request_type = EnumCombo(
            [
                (self.tr("First parole (the person is abroad)"), RequestType.INITIAL),
                (self.tr("Re-parole (already paroled into the US)"), RequestType.RE_PAROLE),
                (self.tr("Parole in place (already in the US)"), RequestType.PAROLE_IN_PLACE),
            ]
        )
        self.request_type.setObjectName("requestType")
        form.addRow(self.tr("Request type"), self.request_type)
        self.continuous_presence = EnumCombo(
            [
                (self.tr("— not answered —"), Answer.UNANSWERED),
                (self.tr("Yes: has not left the US"), Answer.YES),
                (self.tr("No: has left the US since"), Answer.NO),
            ]
        )
        self.continuous_presence.setObjectName("continuousPresence")
        form.addRow(self.tr("Re-parole: stayed in the US since the parole began"), self.continuous_presence)
        self.continuous_presence_note = QLineEdit()
        self.continuous_presence_note.setObjectName("continuousPresenceNote")
        self.continuous_presence_note.setPlaceholderText(
            self.tr("in the US since …; or when they left and came back")
        )
        form.addRow(self.tr("Presence: details"), self.continuous_presence_note)
        self.parole_basis = EnumCombo(
            [
                (self.tr("— not chosen yet —"), ParoleBasis.UNRECORDED),
                (self.tr("Urgent humanitarian reasons"), ParoleBasis.URGENT_HUMANITARIAN),
                (self.tr("Significant public benefit"), ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT),
            ]
        )
        self.parole_basis.setObjectName("paroleBasis")
        form.addRow(self.tr("Basis"), self.parole_basis)
        self.route = EnumCombo(
            [
                (self.tr("Private request (Form I-131)"), Route.PRIVATE_REQUEST),
                (self.tr("Agency referral (a US agency sponsors it)"), Route.AGENCY_REFERRAL),
            ]
        )
        self.route.setObjectName("route")
        self.route.currentIndexChanged.connect(self._route_changed)
        form.addRow(self.tr("Who brings it"), self.route)
        self.sponsoring_agency = QLineEdit()
        self.sponsoring_agency.setObjectName("sponsoringAgency")
        self.sponsoring_agency.setPlaceholderText(self.tr("e.g. the US agency that refers the case"))
        form.addRow(self.tr("Sponsoring agency"), self.sponsoring_agency)
        self.i134_delivery = EnumCombo(
            [
                (self.tr("Not recorded yet"), I134Delivery.UNRECORDED),
                (self.tr("In this packet (the official form, filled)"), I134Delivery.IN_PACKET),
                (self.tr("Follows: the requestor sends it later"), I134Delivery.FOLLOWS),
                (self.tr("The supporter mails it themselves"), I134Delivery.ENCLOSED_BY_SUPPORTER),
            ]
        )
        self.i134_delivery.setObjectName("i134Delivery")
        form.addRow(self.tr("Supporter's signed I-134"), self.i134_delivery)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Reason"))
        form = QFormLayout(box)
        self.reason = EnumCombo(
            [(r.title, Reason(r.id)) for r in self.pack.reasons.values()],
            none_label=self.tr("— choose a reason —"),
        )
        self.reason.setObjectName("reason")
        self.reason.currentIndexChanged.connect(self._reason_changed)
        form.addRow(self.tr("Reason category"), self.reason)
        self.statement = _text_box(180)
        self.statement.setObjectName("statement")
        self.statement.setPlaceholderText(
            self.tr(
                "In the family's own words: what happened, why it is urgent now, what the person will do in the "
                "United States and how they will return home."
            )
        )
        self.statement.textChanged.connect(self._update_count)
        form.addRow(self.tr("Statement"), self.statement)
        self.word_count = QLabel()
        self.word_count.setObjectName("wordCount")
        form.addRow("", self.word_count)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Dates and duration"))
        form = QFormLayout(box)
        self.key_date = DateEdit()
        self.key_date.setObjectName("keyDate")
        add_date_row(form, self.tr("Key date"), self.key_date)
        self.key_date_kind = EnumCombo(
            [
                (self.tr("An event on that day: arrive before it"), KeyDateKind.EVENT),
                (self.tr("A deadline: arriving that day is in time"), KeyDateKind.DEADLINE),
            ]
        )
        self.key_date_kind.setObjectName("keyDateKind")
        form.addRow(self.tr("The key date is"), self.key_date_kind)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Event: surgery, hearing, funeral (arriving on the day is too late). "
                    "Deadline: must arrive by that day."
                )
            ),
        )
        self.key_date_label = QLineEdit()
        self.key_date_label.setObjectName("keyDateLabel")
        form.addRow(self.tr("What happens on that date"), self.key_date_label)
        self.expedite = QCheckBox(self.tr("Ask for expedited processing (mark the request EXPEDITE)"))
        self.expedite.setObjectName("expedite")
        form.addRow("", self.expedite)
        self.duration = optional_spin(120, self.tr("not given"))
        self.duration.setSuffix(self.tr(" months"))
        self.duration.setObjectName("durationMonths")
        form.addRow(self.tr("Parole needed for"), self.duration)
        self.duration_justification = _text_box()
        self.duration_justification.setObjectName("durationJustification")
        self.duration_justification.setPlaceholderText(
            self.tr("Needed when more than 12 months are requested.")
        )
        form.addRow(self.tr("Why that long"), self.duration_justification)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Visa and admissibility"))
        form = QFormLayout(box)
        self.why_no_visa = _text_box()
        self.why_no_visa.setObjectName("whyNoVisa")
        form.addRow(self.tr("Why no visa or other pathway in time"), self.why_no_visa)
        self.inadmissibility = _text_box()
        self.inadmissibility.setObjectName("inadmissibility")
        form.addRow(self.tr("Why a visa or admission is not possible"), self.inadmissibility)
        grounds, from_pack = inadmissibility_grounds(self.pack)
        self.grounds_from_pack = from_pack
        self.grounds = QListWidget()
        self.grounds.setObjectName("inadmissibilityGrounds")
        self.grounds.setMaximumHeight(110)
        self._ground_codes: list[str] = []
        for code, words in grounds:
            self._add_ground(code, words)
        form.addRow(self.tr("Grounds (tick all that apply)"), self.grounds)
        form.addRow(
            "",
            _hint(
                self.tr("The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.")
                if from_pack
                else self.tr("The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.")
            ),
        )
        exceptions = suspension_exceptions(self.pack)
        self.suspension_exception = PickCombo(exceptions, free=not exceptions)
        self.suspension_exception.what = self.tr("exception")
        self.suspension_exception.setObjectName("suspensionException")
        line = self.suspension_exception.lineEdit()
        assert line is not None  # an editable combo
        line.setPlaceholderText(
            self.tr("pick from the list")
            if exceptions
            else self.tr("the exception, in the proclamation's words")
        )
        add_checked_row(form, self.tr("Entry-ban exception claimed"), self.suspension_exception)
        form.addRow(
            "",
            _hint(
                self.tr("Only when the country is under an entry suspension (Proclamation 10949 or 10998).")
            ),
        )
        self.suspension_exception_note = _text_box(50)
        self.suspension_exception_note.setObjectName("suspensionExceptionNote")
        self.suspension_exception_note.setPlaceholderText(self.tr("Why it applies, and the evidence for it"))
        form.addRow(self.tr("Exception: why"), self.suspension_exception_note)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Channel"))
        form = QFormLayout(box)
        self.channel = EnumCombo(
            [
                (self.tr("USCIS (Form I-131, beneficiary outside the US)"), Channel.USCIS),
                (self.tr("CBP at a port of entry"), Channel.CBP_PORT_OF_ENTRY),
            ]
        )
        self.channel.setObjectName("channel")
        self.channel.currentIndexChanged.connect(self._channel_changed)
        form.addRow(self.tr("Filed with"), self.channel)
        self.port_of_entry = QLineEdit()
        self.port_of_entry.setObjectName("portOfEntry")
        form.addRow(self.tr("Port of entry"), self.port_of_entry)
        self.port_address = QLineEdit()
        self.port_address.setObjectName("portAddress")
        self.port_address.setPlaceholderText(self.tr("the port's street address"))
        form.addRow(self.tr("Port address (CBP)"), self.port_address)
        self.presentation_time = CheckedLineEdit(_time_problem)
        self.presentation_time.setObjectName("presentationTime")
        self.presentation_time.setPlaceholderText(self.tr("HH:MM, e.g. 09:30"))
        self.presentation_time.setMaximumWidth(170)
        add_checked_row(form, self.tr("Time at the port"), self.presentation_time)
        self.consular_post = QLineEdit()
        self.consular_post.setObjectName("consularPost")
        self.consular_post.setPlaceholderText(self.tr("City, Country — e.g. Islamabad, Pakistan"))
        form.addRow(self.tr("US embassy or consulate to notify"), self.consular_post)
        self.travel_date = DateEdit()
        self.travel_date.setObjectName("travelDate")
        add_date_row(form, self.tr("Intended arrival date"), self.travel_date)
        self.program = QLineEdit()
        self.program.setObjectName("program")
        self.program.setPlaceholderText(self.tr("Leave empty for a general case-by-case request"))
        form.addRow(self.tr("Program"), self.program)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Fees"))
        form = QFormLayout(box)
        self.fee_status = EnumCombo(
            [
                (self.tr("Not recorded yet"), FeeStatus.UNRECORDED),
                (self.tr("Paid"), FeeStatus.PAID),
                (self.tr("Fee waiver requested (Form I-912)"), FeeStatus.WAIVER_REQUESTED),
                (self.tr("Exempt"), FeeStatus.EXEMPT),
            ]
        )
        self.fee_status.setObjectName("feeStatus")
        form.addRow(self.tr("Filing fee"), self.fee_status)
        self.filing_mode = EnumCombo(
            [(self.tr("Paper"), FilingMode.PAPER), (self.tr("Online"), FilingMode.ONLINE)]
        )
        self.filing_mode.setObjectName("filingMode")
        form.addRow(self.tr("Filing mode"), self.filing_mode)
        self.payment_method = EnumCombo(
            [
                (self.tr("Not recorded yet"), PaymentMethod.UNRECORDED),
                (self.tr("Form G-1450 (credit, debit or prepaid card)"), PaymentMethod.G1450),
                (self.tr("Form G-1650 (debit from a US bank account)"), PaymentMethod.G1650),
                (self.tr("Form G-1651 (exemption from electronic payment)"), PaymentMethod.G1651),
                (self.tr("Form I-912 (fee waiver instead of payment)"), PaymentMethod.I912),
            ]
        )
        self.payment_method.setObjectName("paymentMethod")
        form.addRow(self.tr("Payment (paper filing)"), self.payment_method)
        self.payer_name = QLineEdit()
        self.payer_name.setObjectName("payerName")
        self.payer_name.setPlaceholderText(self.tr("Whose card or bank account pays"))
        form.addRow(self.tr("Payer"), self.payer_name)
        self.payer_kind = EnumCombo(
            [
                (self.tr("Not recorded yet"), PayerKind.UNRECORDED),
                (self.tr("The beneficiary"), PayerKind.BENEFICIARY),
                (self.tr("The requestor"), PayerKind.REQUESTOR),
                (self.tr("A supporter"), PayerKind.SUPPORTER),
                (self.tr("The representative"), PayerKind.REPRESENTATIVE),
                (self.tr("Someone else (not in the request)"), PayerKind.OTHER),
            ]
        )
        self.payer_kind.setObjectName("payerKind")
        form.addRow(self.tr("The payer is"), self.payer_kind)
        self.card_issued_abroad = QCheckBox(self.tr("The card was issued outside the US (G-1450)"))
        self.card_issued_abroad.setObjectName("cardIssuedAbroad")
        form.addRow("", self.card_issued_abroad)
        self.payer_us_bank = QCheckBox(self.tr("The payer's account is at a US bank (needed for G-1650)"))
        self.payer_us_bank.setObjectName("payerUsBankAccount")
        form.addRow("", self.payer_us_bank)
        self.fee_plan = EnumCombo(
            [
                (self.tr("Not recorded yet"), ParoleFeePlan.UNRECORDED),
                (self.tr("The client plans to pay it when parole is granted"), ParoleFeePlan.WILL_PAY),
                (self.tr("A statutory exception is claimed"), ParoleFeePlan.EXCEPTION_CLAIMED),
            ]
        )
        self.fee_plan.setObjectName("paroleFeePlan")
        form.addRow(self.tr("Parole fee (due at grant)"), self.fee_plan)
        self.fee_exception = QComboBox()
        self.fee_exception.setEditable(True)
        self.fee_exception.setObjectName("paroleFeeException")
        self.fee_exception.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fee_exception.setMinimumContentsLength(30)
        self.fee_exception.addItem("")
        for eid, text in self.pack.parole_fee_exceptions.items():
            self.fee_exception.addItem(f"{eid}: {text}")
        form.addRow(self.tr("Exception claimed"), self.fee_exception)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Facts for the cover letter (only what the client told you)"))
        form = QFormLayout(box)
        self.return_intent = _text_box()
        self.return_intent.setObjectName("returnIntent")
        form.addRow(self.tr("Intent to return home"), self.return_intent)
        self.home_ties = _text_box()
        self.home_ties.setObjectName("homeTies")
        form.addRow(self.tr("Ties to the home country"), self.home_ties)
        self.deceased_name = QLineEdit()
        self.deceased_name.setObjectName("deceasedName")
        form.addRow(self.tr("Funeral: who died"), self.deceased_name)
        self.deceased_relationship = QLineEdit()
        self.deceased_relationship.setObjectName("deceasedRelationship")
        form.addRow(self.tr("Funeral: relationship to the beneficiary"), self.deceased_relationship)
        self.minor_companion_name = QLineEdit()
        self.minor_companion_name.setObjectName("minorCompanionName")
        form.addRow(self.tr("Minor: who they travel with"), self.minor_companion_name)
        self.minor_companion_relationship = QLineEdit()
        self.minor_companion_relationship.setObjectName("minorCompanionRelationship")
        form.addRow(
            self.tr("Minor: companion's relationship to the child"), self.minor_companion_relationship
        )
        self.refugee_processing = _text_box()
        self.refugee_processing.setObjectName("refugeeProcessingUnavailable")
        form.addRow(
            self.tr("Protection: why refugee processing is not available in time"), self.refugee_processing
        )
        lay.addWidget(box)
        lay.addStretch(1)

        self.grounds.itemChanged.connect(self._edited)
        self.watch_all(
            [
                self.request_type,
                self.continuous_presence,
                self.continuous_presence_note,
                self.parole_basis,
                self.route,
                self.sponsoring_agency,
                self.i134_delivery,
                self.key_date_kind,
                self.suspension_exception,
                self.suspension_exception_note,
                self.port_address,
                self.presentation_time,
                self.payer_kind,
                self.card_issued_abroad,
                self.reason,
                self.statement,
                self.key_date,
                self.key_date_label,
                self.expedite,
                self.duration,
                self.duration_justification,
                self.why_no_visa,
                self.inadmissibility,
                self.channel,
                self.port_of_entry,
                self.consular_post,
                self.travel_date,
                self.program,
                self.fee_status,
                self.filing_mode,
                self.fee_plan,
                self.payment_method,
                self.payer_name,
                self.payer_us_bank,
                self.return_intent,
                self.home_ties,
                self.deceased_name,
                self.deceased_relationship,
                self.minor_companion_name,
                self.minor_companion_relationship,
                self.refugee_processing,
            ]
        )
        self.fee_exception.editTextChanged.connect(self._edited)
        self._update_count()

    # ------------------------------------------------------------------ reactions
    def _update_count(self) -> None:
        n = word_count(self.statement.toPlainText())
        if n < WORDS_FAIL:
            color, note = (
                "#c62828",
                self.tr("at least {a} words are needed; {b} or more recommended").format(
                    a=WORDS_FAIL, b=WORDS_WARN
                ),
            )
        elif n < WORDS_WARN:
            color, note = "#b26a00", self.tr("{b} or more words recommended").format(b=WORDS_WARN)
        else:
            color, note = "#2e7d32", self.tr("long enough")
        self.word_count.setText(self.tr("{n} words — {note}").format(n=n, note=note))
        self.word_count.setStyleSheet(f"color: {color};")

    def _reason_changed(self) -> None:
        reason = self.reason.value()
        spec = self.pack.reasons.get(reason.value) if reason is not None else None
        self.key_date_label.setPlaceholderText(spec.key_date_label if spec else "")

    def _route_changed(self) -> None:
        self.sponsoring_agency.setEnabled(self.route.value() == Route.AGENCY_REFERRAL)

    def _add_ground(self, code: str, words: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{code}: {words}" if words else code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.grounds.addItem(item)
        self._ground_codes.append(code)
        return item

    def ground_items(self) -> dict[str, QListWidgetItem]:
        return {self._ground_codes[i]: self.grounds.item(i) for i in range(self.grounds.count())}

    def _channel_changed(self) -> None:
        cbp = self.channel.value() == Channel.CBP_PORT_OF_ENTRY
        self.port_of_entry.setEnabled(cbp)
        self.port_address.setEnabled(cbp)
        self.presentation_time.setEnabled(cbp)
        self.consular_post.setEnabled(not cbp)  # a USCIS request names where the document is collected

    # ------------------------------------------------------------------ data
    def load(self, case: Case) -> None:
        with self.loading():
            self.reason.set_value(case.reason)
            self.statement.setPlainText(case.statement)
            self.key_date.set_value(case.key_date)
            self.key_date_label.setText(case.key_date_label)
            self.expedite.setChecked(case.expedite_requested)
            self.duration.setValue(case.duration_months or 0)
            self.duration_justification.setPlainText(case.duration_justification)
            self.why_no_visa.setPlainText(case.why_no_visa)
            self.inadmissibility.setPlainText(case.inadmissibility)
            self.channel.set_value(case.channel)
            self.port_of_entry.setText(case.port_of_entry)
            self.consular_post.setText(case.consular_post)
            self.travel_date.set_value(case.intended_travel_date)
            self.program.setText(case.program)
            self.fee_status.set_value(case.fee_status)
            self.filing_mode.set_value(case.filing_mode)
            self.fee_plan.set_value(case.parole_fee_plan)
            self.fee_exception.setEditText(case.parole_fee_exception)
            self.payment_method.set_value(case.payment_method)
            self.payer_name.setText(case.payer_name)
            self.payer_us_bank.setChecked(case.payer_us_bank_account)
            self.return_intent.setPlainText(case.return_intent)
            self.home_ties.setPlainText(case.home_ties)
            self.deceased_name.setText(case.deceased_name)
            self.deceased_relationship.setText(case.deceased_relationship)
            self.minor_companion_name.setText(case.minor_companion_name)
            self.minor_companion_relationship.setText(case.minor_companion_relationship)
            self.refugee_processing.setPlainText(case.refugee_processing_unavailable)
            self.request_type.set_value(case.request_type)
            self.continuous_presence.set_value(case.continuous_presence)
            self.continuous_presence_note.setText(case.continuous_presence_note)
            self.parole_basis.set_value(case.parole_basis)
            self.route.set_value(case.route)
            self.sponsoring_agency.setText(case.sponsoring_agency)
            self.i134_delivery.set_value(case.i134_delivery)
            self.key_date_kind.set_value(case.key_date_kind)
            items = self.ground_items()
            for code in case.inadmissibility_grounds:  # a code the list no longer has is kept and shown
                if code not in items:
                    items[code] = self._add_ground(code, "")
            for code, item in items.items():
                checked = code in case.inadmissibility_grounds
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.suspension_exception.set_value(case.suspension_exception)
            self.suspension_exception_note.setPlainText(case.suspension_exception_note)
            self.port_address.setText(case.port_address)
            self.presentation_time.set_value(case.presentation_time)
            self.payer_kind.set_value(case.payer_kind)
            self.card_issued_abroad.setChecked(case.card_issued_abroad)
            self._channel_changed()
            self._route_changed()

    def apply(self, case: Case) -> None:
        case.reason = self.reason.value()
        case.statement = self.statement.toPlainText()
        case.key_date = self.key_date.value(case.key_date)
        case.key_date_label = self.key_date_label.text().strip()
        case.expedite_requested = self.expedite.isChecked()
        case.duration_months = self.duration.value() or None
        case.duration_justification = self.duration_justification.toPlainText().strip()
        case.why_no_visa = self.why_no_visa.toPlainText().strip()
        case.inadmissibility = self.inadmissibility.toPlainText().strip()
        case.channel = self.channel.value()
        case.port_of_entry = self.port_of_entry.text().strip()
        case.consular_post = self.consular_post.text().strip()
        case.intended_travel_date = self.travel_date.value(case.intended_travel_date)
        case.program = self.program.text().strip()
        case.fee_status = self.fee_status.value()
        case.filing_mode = self.filing_mode.value()
        case.parole_fee_plan = self.fee_plan.value()
        case.parole_fee_exception = self.fee_exception.currentText().strip()
        case.payment_method = self.payment_method.value()
        case.payer_name = self.payer_name.text().strip()
        case.payer_us_bank_account = self.payer_us_bank.isChecked()
        case.return_intent = self.return_intent.toPlainText().strip()
        case.home_ties = self.home_ties.toPlainText().strip()
        case.deceased_name = self.deceased_name.text().strip()
        case.deceased_relationship = self.deceased_relationship.text().strip()
        case.minor_companion_name = self.minor_companion_name.text().strip()
        case.minor_companion_relationship = self.minor_companion_relationship.text().strip()
        case.refugee_processing_unavailable = self.refugee_processing.toPlainText().strip()
        case.request_type = self.request_type.value()
        case.continuous_presence = self.continuous_presence.value()
        case.continuous_presence_note = self.continuous_presence_note.text().strip()
        case.parole_basis = self.parole_basis.value()
        case.route = self.route.value()
        case.sponsoring_agency = self.sponsoring_agency.text().strip()
        case.i134_delivery = self.i134_delivery.value()
        case.key_date_kind = self.key_date_kind.value()
        case.inadmissibility_grounds = [
            code for code, item in self.ground_items().items() if item.checkState() == Qt.CheckState.Checked
        ]
        case.suspension_exception = self.suspension_exception.value(case.suspension_exception)
        case.suspension_exception_note = self.suspension_exception_note.toPlainText().strip()
        case.port_address = self.port_address.text().strip()
        case.presentation_time = self.presentation_time.value(case.presentation_time)
        case.payer_kind = self.payer_kind.value()
        case.card_issued_abroad = self.card_issued_abroad.isChecked()

    def clear(self) -> None:
        self.load(Case())

    def fields(self) -> dict[str, QWidget]:
        return {
            "case.reason": self.reason,
            "case.statement": self.statement,
            "case.key_date": self.key_date,
            "case.key_date_label": self.key_date_label,
            "case.expedite_requested": self.expedite,
            "case.duration_months": self.duration,
            "case.duration_justification": self.duration_justification,
            "case.why_no_visa": self.why_no_visa,
            "case.inadmissibility": self.inadmissibility,
            "case.channel": self.channel,
            "case.port_of_entry": self.port_of_entry,
            "case.consular_post": self.consular_post,
            "case.intended_travel_date": self.travel_date,
            "case.program": self.program,
            "case.fee_status": self.fee_status,
            "case.filing_mode": self.filing_mode,
            "case.parole_fee_plan": self.fee_plan,
            "case.parole_fee_exception": self.fee_exception,
            "case.payment_method": self.payment_method,
            "case.payer_name": self.payer_name,
            "case.payer_us_bank_account": self.payer_us_bank,
            "case.return_intent": self.return_intent,
            "case.home_ties": self.home_ties,
            "case.deceased_name": self.deceased_name,
            "case.deceased_relationship": self.deceased_relationship,
            "case.minor_companion_name": self.minor_companion_name,
            "case.minor_companion_relationship": self.minor_companion_relationship,
            "case.refugee_processing_unavailable": self.refugee_processing,
            "case.request_type": self.request_type,
            "case.continuous_presence": self.continuous_presence,
            "case.continuous_presence_note": self.continuous_presence_note,
            "case.parole_basis": self.parole_basis,
            "case.route": self.route,
            "case.sponsoring_agency": self.sponsoring_agency,
            "case.i134_delivery": self.i134_delivery,
            "case.key_date_kind": self.key_date_kind,
            "case.inadmissibility_grounds": self.grounds,
            "case.suspension_exception": self.suspension_exception,
            "case.suspension_exception_note": self.suspension_exception_note,
            "case.port_address": self.port_address,
            "case.presentation_time": self.presentation_time,
            "case.payer_kind": self.payer_kind,
            "case.card_issued_abroad": self.card_issued_abroad,
        }
