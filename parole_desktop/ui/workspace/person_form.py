"""One person's editor (a group box of fields chosen per role), filling and reading a Person."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from parole_desktop.domain.enums import (
    EYE_COLORS,
    HAIR_COLORS,
    RACES,
    Answer,
    Ethnicity,
    Role,
    SupporterKind,
    SupportForm,
    UnitKind,
)
from parole_desktop.domain.models import Person
from parole_desktop.services.countries import (
    US_STATES,
    countries,
    normal_zip,
    suggest_address_parts,
    valid_zip,
)
from parole_desktop.ui.i18n import isolate, latin_field
from parole_desktop.ui.workspace.fields import (
    CheckedLineEdit,
    ChoiceChecks,
    DateEdit,
    EnumCombo,
    NameEdit,
    NullableSpin,
    PickCombo,
    add_checked_row,
    add_date_row,
    optional_spin,
    watch,
)
from parole_desktop.ui.workspace.paroles import ParoleTable


@dataclass(frozen=True)
class Spec:
    attr: str
    label: str
    # name, text, date, check, sex, supporter_kind, support_form, case_link; and the format-2 kinds: country,
    # region, postal, answer, ethnicity, race, eye, hair, feet, inches, pounds, paroles, unit_kind
    kind: str = "text"


# fields that hold Latin data as the document shows it: left to right even in a mirrored (RTL) window
LATIN_DATA = frozenset(
    {
        "passport_number",
        "passport_given_name",
        "passport_family_name",
        "a_number",
        "email",
        "phone",
        "i94_number",
        "class_of_admission",
        "bar_number",
        "address_postal_code",
        "physical_postal_code",
    }
)

# case id -> the beneficiary's name of that request, or None when there is no such case
CaseNamer = Callable[[int], "str | None"]

NAMES = (
    Spec("given_name", "Given name", "name"),
    Spec("family_name", "Family name", "name"),
    Spec("passport_given_name", "Given name as in the passport (Latin letters)"),
    Spec("passport_family_name", "Family name as in the passport (Latin letters)"),
)
PLAIN_NAMES = NAMES[
    :2
]  # people whose passport the request never shows (representative, preparer, interpreter)
CONTACT = (Spec("phone", "Phone"), Spec("email", "E-mail"))

ROLE_SPECS: dict[Role, tuple[Spec, ...]] = {
    Role.BENEFICIARY: (
        *NAMES,
        Spec("other_names", "Other names used", "name"),
        Spec("date_of_birth", "Date of birth", "date"),
        Spec("sex", "Sex", "sex"),
        Spec("citizenship", "Country of citizenship", "country"),
        Spec("country_of_birth", "Country of birth", "country"),
        Spec("current_country", "Country where they are now", "country"),
        Spec("passport_number", "Passport number"),
        Spec("passport_expiry", "Passport expiry", "date"),
        Spec("a_number", "A-Number (if any)"),
        *CONTACT,
    ),
    Role.REQUESTOR: (
        *NAMES,
        Spec("relationship", "Relationship to the beneficiary"),
        # an organization that files: the name fields above are then the person who signs for it
        Spec("organization", "Organization that files (if any; the name above signs for it)"),
        Spec("a_number", "A-Number (if any)"),
        *CONTACT,
    ),
    Role.SUPPORTER: (
        Spec("supporter_kind", "Supporter is", "supporter_kind"),
        Spec("support_form", "Form", "support_form"),
        *NAMES,
        Spec("organization", "Organization"),
        Spec("us_status", "US status (citizen, LPR, parolee…)"),
        Spec("relationship", "Relationship to the beneficiary"),
        *CONTACT,
    ),
    Role.REPRESENTATIVE: (  # an attorney's or representative's name, never a passport spelling
        *PLAIN_NAMES,
        Spec("organization", "Organization or law office"),
        Spec("bar_number", "Bar number"),
        Spec("accreditation", "DOJ accreditation"),
        Spec("g28", "Form G-28 is filed with the request", "check"),
        Spec("email", "E-mail"),
        Spec("phone", "Phone"),
    ),
    Role.FAMILY_MEMBER: (
        *NAMES,
        Spec("relationship", "Relationship to the beneficiary"),
        Spec("date_of_birth", "Date of birth", "date"),
        Spec("current_country", "Country where they are now", "country"),
        Spec("linked_case_id", "Their own request (case number)", "case_link"),
    ),
    Role.PREPARER: (
        *PLAIN_NAMES,
        Spec("organization", "Organization *"),
        Spec("phone", "Daytime phone *"),
        Spec("email", "E-mail"),
    ),
    Role.INTERPRETER: (
        *PLAIN_NAMES,
        Spec("language", "Language used *"),
        Spec("organization", "Organization"),
        Spec("phone", "Daytime phone"),
        Spec("email", "E-mail"),
    ),
    Role.SIGNER: (*NAMES, Spec("relationship", "Parent or legal guardian (relationship)"), *CONTACT),
}

# who has an address on the form (family members have their own request, where it is recorded)
ADDRESS_ROLES = frozenset(set(Role) - {Role.FAMILY_MEMBER})
MAILING = (
    Spec("address_in_care_of", "In care of"),
    Spec("address_street", "Street number and name"),
    Spec("address_unit_kind", "Apt. / Ste. / Flr.", "unit_kind"),
    Spec("address_unit", "Apartment, suite or floor number"),
    Spec("address_city", "City or town"),
    Spec("address_country", "Country", "country"),
    Spec("address_region", "State / province / region", "region"),
    Spec("address_postal_code", "Postal code / ZIP", "postal"),
)
PHYSICAL = (
    Spec("physical_street", "Street number and name"),
    Spec("physical_unit_kind", "Apt. / Ste. / Flr.", "unit_kind"),
    Spec("physical_unit", "Apartment, suite or floor number"),
    Spec("physical_city", "City or town"),
    Spec("physical_country", "Country", "country"),
    Spec("physical_region", "State / province / region", "region"),
    Spec("physical_postal_code", "Postal code / ZIP", "postal"),
)
BIOGRAPHICS = (
    Spec("ethnicity", "Ethnicity", "ethnicity"),
    Spec("race", "Race (all that apply)", "race"),
    Spec("height_feet", "Height: feet", "feet"),
    Spec("height_inches", "inches", "inches"),
    Spec("weight_pounds", "Weight (pounds)", "pounds"),
    Spec("eye_color", "Eye colour", "eye"),
    Spec("hair_color", "Hair colour", "hair"),
)
I94 = (
    Spec("class_of_admission", "Class of admission"),
    Spec("i94_number", "I-94 number"),
    Spec("i94_expiry", "I-94 expires (admit until)", "date"),
    Spec("paroles", "Earlier paroles", "paroles"),
)
PART4 = (
    Spec("reentry_permit_issued", "Ever had a reentry permit or refugee travel document?", "answer"),
    Spec("reentry_permit_date", "Date issued", "date"),
    Spec("reentry_permit_disposition", "What happened to it"),
    Spec("advance_parole_issued", "Ever had an advance parole document?", "answer"),
    Spec("advance_parole_date", "Date issued", "date"),
    Spec("advance_parole_disposition", "What happened to it"),
)

# Form I-131 Part 3 in the form's words
ETHNICITIES = [("Hispanic or Latino", Ethnicity.HISPANIC), ("Not Hispanic or Latino", Ethnicity.NOT_HISPANIC)]
RACE_WORDS = {
    "american_indian_or_alaska_native": "American Indian or Alaska Native",
    "asian": "Asian",
    "black": "Black or African American",
    "pacific_islander": "Native Hawaiian or Other Pacific Islander",
    "white": "White",
}
EYE_WORDS = {"unknown": "Unknown/Other"}
HAIR_WORDS = {"bald": "Bald (No Hair)", "blond": "Blond", "unknown": "Unknown/Other"}
ANSWERS = [("Yes", Answer.YES), ("No", Answer.NO)]
# the form's Apt./Ste./Flr. box beside the address
UNIT_KINDS = [
    ("Apartment (Apt.)", UnitKind.APARTMENT),
    ("Suite (Ste.)", UnitKind.SUITE),
    ("Floor (Flr.)", UnitKind.FLOOR),
]

SUPPORTER_KINDS = [
    ("A person", SupporterKind.PERSON),
    ("The beneficiary themself", SupporterKind.SELF),
    ("An organization", SupporterKind.ORGANIZATION),
]
SUPPORT_FORMS = [
    ("Form I-134", SupportForm.I134),
    ("Form I-134A (closed programs only)", SupportForm.I134A),
    ("Letter of commitment (organization)", SupportForm.COMMITMENT_LETTER),
]


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def _zip_check(text: str) -> str:
    return "" if valid_zip(text) else "A US ZIP code has 5 digits (or 9: 12345-6789)."


class PersonForm(QGroupBox):
    """Edits one Person of a given role. Unknown attributes of the loaded Person are kept untouched."""

    edited = Signal()
    paroleRemoved = Signal(object, object, int)  # (the ParoleTable, the record, its place): Undo puts it back

    def __init__(
        self, role: Role, title: str, parent: QWidget | None = None, *, case_namer: CaseNamer | None = None
    ) -> None:
        super().__init__(title, parent)
        self.role = role
        self._person: Person | None = None
        self.widgets: dict[str, QWidget] = {}
        self.link_labels: dict[str, QLabel] = {}
        self.case_namer = case_namer
        self.specs: list[Spec] = list(ROLE_SPECS[role])
        self.physical_different: QCheckBox | None = None
        self.physical_box: QGroupBox | None = None
        self.legacy_box: QWidget | None = None
        self.legacy_text: QLabel | None = None
        self.confirm_parts: QPushButton | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        self._add_rows(form, ROLE_SPECS[self.role])
        if self.role in ADDRESS_ROLES:
            self._build_addresses(form)
        if self.role == Role.BENEFICIARY:
            self._group(
                form,
                self.tr("Looks (Form I-131 Part 3)"),
                self.tr("For the travel document: as the person describes themself."),
                BIOGRAPHICS,
            )
            self._group(
                form,
                self.tr("I-94 and paroles (Form I-131 Part 2)"),
                self.tr("Only for someone already in the US (re-parole, parole in place): copy the I-94."),
                I94,
            )
            self._group(
                form,
                self.tr("Earlier documents (Form I-131 Part 4)"),
                self.tr("Travel documents USCIS gave this person before, if any."),
                PART4,
            )
            for prefix in ("reentry_permit", "advance_parole"):
                answer = self.widgets[f"{prefix}_issued"]
                assert isinstance(answer, EnumCombo)
                answer.currentIndexChanged.connect(lambda *_, p=prefix: self._answer_changed(p))
                self._answer_changed(prefix)

    def _group(self, form: QFormLayout, title: str, hint: str, specs: tuple[Spec, ...]) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"{self.role.value}_group_{specs[0].attr}")
        inner = QFormLayout(box)
        inner.addRow(_hint(hint))
        self._add_rows(inner, specs)
        form.addRow(box)
        return box

    def _build_addresses(self, form: QFormLayout) -> None:
        box = QGroupBox(self.tr("Mailing address"))
        box.setObjectName(f"{self.role.value}_mailing")
        inner = QFormLayout(box)
        legacy = QWidget()
        legacy.setObjectName(f"{self.role.value}_legacyAddress")
        row = QFormLayout(legacy)
        row.setContentsMargins(0, 0, 0, 0)
        self.legacy_text = QLabel()
        self.legacy_text.setObjectName(f"{self.role.value}_legacyAddressText")
        self.legacy_text.setWordWrap(True)
        self.legacy_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legacy_text.setStyleSheet("background: #f3f3f3; padding: 4px;")
        row.addRow(_hint(self.tr("Address as typed before (one line). The form needs it in parts:")))
        row.addRow(self.legacy_text)
        self.confirm_parts = QPushButton(self.tr("Confirm the parts: fill them from this line"))
        self.confirm_parts.setObjectName(f"{self.role.value}_confirmParts")
        self.confirm_parts.setToolTip(
            self.tr("Proposes street, city, region, postal code and country. Check each one: it is a guess.")
        )
        self.confirm_parts.clicked.connect(self.fill_parts_from_text)
        row.addRow(self.confirm_parts)
        inner.addRow(legacy)
        self.legacy_box = legacy
        self._add_rows(inner, MAILING)
        form.addRow(box)

        self.physical_different = QCheckBox(self.tr("The home (physical) address is different"))
        self.physical_different.setObjectName(f"{self.role.value}_physicalDifferent")
        form.addRow(self.physical_different)
        pbox = QGroupBox(self.tr("Physical address (where they live)"))
        pbox.setObjectName(f"{self.role.value}_physical")
        pinner = QFormLayout(pbox)
        self._add_rows(pinner, PHYSICAL)
        form.addRow(pbox)
        self.physical_box = pbox
        pbox.setVisible(False)
        self.physical_different.toggled.connect(pbox.setVisible)
        self.physical_different.toggled.connect(lambda *_: self.edited.emit())
        for prefix in ("address", "physical"):
            country = self.widgets[f"{prefix}_country"]
            assert isinstance(country, PickCombo)
            country.editTextChanged.connect(lambda *_, p=prefix: self._country_changed(p))
            self._country_changed(prefix)

    def _add_rows(self, form: QFormLayout, specs: tuple[Spec, ...]) -> None:
        for spec in specs:
            if spec not in self.specs:
                self.specs.append(spec)
            w = self._make(spec)
            w.setObjectName(f"{self.role.value}_{spec.attr}")
            if spec.attr in LATIN_DATA:
                latin_field(w)
            self.widgets[spec.attr] = w
            if spec.kind == "check":
                form.addRow("", w)
            elif spec.kind == "case_link":
                form.addRow(self.tr(spec.label), self._with_link_label(spec.attr, w))
            elif spec.kind == "feet":
                continue  # on one row with the inches (below)
            elif spec.kind == "inches":
                form.addRow(self.tr("Height"), self._height_row())
            elif spec.kind == "paroles":
                form.addRow(_hint(self.tr("Earlier and current paroles (one row each, from the I-94s):")))
                form.addRow(w)
            elif isinstance(w, DateEdit):
                add_date_row(form, self.tr(spec.label), w)
            else:
                add_checked_row(form, self.tr(spec.label), w)
            if isinstance(w, ParoleTable):
                w.changed.connect(self.edited.emit)
                w.rowRemoved.connect(lambda rec, i, t=w: self.paroleRemoved.emit(t, rec, i))
            else:
                watch(w, lambda *_: self.edited.emit())

    def _height_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.widgets["height_feet"])
        row.addWidget(QLabel(self.tr("ft")))
        row.addWidget(self.widgets["height_inches"])
        row.addWidget(QLabel(self.tr("in")))
        row.addStretch(1)
        return box

    def _country_changed(self, prefix: str) -> None:
        """US addresses take a two-letter state and a ZIP code; elsewhere both are free text."""
        country = self.widgets[f"{prefix}_country"]
        region = self.widgets[f"{prefix}_region"]
        postal = self.widgets[f"{prefix}_postal_code"]
        assert isinstance(country, PickCombo) and isinstance(region, PickCombo)
        assert isinstance(postal, CheckedLineEdit)
        us = country.value() == "US"
        if us == (not region.free):
            return
        region.free = not us
        region.what = self.tr("US state")
        region.set_items([(c, f"{n} ({c})") for c, n in US_STATES] if us else [])
        if (line := region.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("type the state, e.g. CA") if us else "")
        postal.setPlaceholderText(self.tr("12345 or 12345-6789") if us else "")
        postal.set_check(_zip_check if us else (lambda _t: ""), normal_zip if us else None)

    def _answer_changed(self, prefix: str) -> None:
        answer = self.widgets[f"{prefix}_issued"]
        assert isinstance(answer, EnumCombo)
        on = answer.value() == Answer.YES
        for attr in (f"{prefix}_date", f"{prefix}_disposition"):
            self.widgets[attr].setEnabled(on)

    def fill_parts_from_text(self) -> None:
        """The volunteer asked: propose the parts of the old one-line address in the empty part fields."""
        text = self._person.address if self._person is not None else ""
        if not text.strip():
            return
        default = ""
        if self._person is not None:
            default = self._person.current_country if self.role == Role.BENEFICIARY else ""
        guess = suggest_address_parts(text, default)
        for attr, value in (
            ("address_street", guess.street),
            ("address_city", guess.city),
            ("address_country", guess.country),
            ("address_region", guess.region),
            ("address_postal_code", guess.postal_code),
        ):
            w = self.widgets[attr]
            if value and not self._text_of(w):
                if isinstance(w, PickCombo):
                    w.set_value(value)
                elif isinstance(w, QLineEdit):
                    w.setText(value)
        self.widgets["address_street"].setFocus()

    @staticmethod
    def _text_of(w: QWidget) -> str:
        if isinstance(w, PickCombo):
            return w.currentText().strip()
        return w.text().strip() if isinstance(w, QLineEdit) else ""

    def _with_link_label(self, attr: str, spin: QWidget) -> QWidget:
        """The case number and, beside it, whose request that is (or that there is no such case)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        label = QLabel()
        label.setObjectName(f"{self.role.value}_{attr}_name")
        row.addWidget(label, 1)
        self.link_labels[attr] = label
        assert isinstance(spin, QSpinBox)
        spin.valueChanged.connect(lambda _v, a=attr: self.update_link_label(a))
        return box

    def update_link_label(self, attr: str) -> None:
        label, spin = self.link_labels[attr], self.widgets[attr]
        assert isinstance(spin, QSpinBox)
        case_id = spin.value() if spin.value() != spin.minimum() else None
        text, ok = "", True
        if case_id is not None and self.case_namer is not None:
            name = self.case_namer(case_id)
            ok = name is not None
            text = (
                self.tr("case {n}: request of {name}").format(n=case_id, name=isolate(name))
                if ok
                else self.tr("there is no case {n}").format(n=case_id)
            )
        label.setText(text)
        label.setStyleSheet("" if ok else "color: #c62828;")

    def _make(self, spec: Spec) -> QWidget:
        if spec.kind == "name":
            return NameEdit()
        if spec.kind == "date":  # birth dates: the calendar opens thirty years back
            return DateEdit(calendar_year_offset=-30 if spec.attr == "date_of_birth" else 0)
        if spec.kind == "check":
            return QCheckBox(self.tr(spec.label))
        if spec.kind == "sex":
            return EnumCombo(
                [(self.tr("Female"), "F"), (self.tr("Male"), "M"), (self.tr("Another (X)"), "X")],
                none_label=self.tr("— not given —"),
            )
        if spec.kind == "supporter_kind":
            return EnumCombo(
                [(self.tr(label), v) for label, v in SUPPORTER_KINDS], none_label=self.tr("— choose —")
            )
        if spec.kind == "support_form":
            return EnumCombo(
                [(self.tr(label), v) for label, v in SUPPORT_FORMS], none_label=self.tr("— choose —")
            )
        if spec.kind == "case_link":
            return optional_spin(10**9, self.tr("not linked"))
        if spec.kind == "country":
            combo = PickCombo(countries())
            combo.what = self.tr("country")
            if (line := combo.lineEdit()) is not None:
                line.setPlaceholderText(self.tr("type part of the name, e.g. afg"))
            return combo
        if spec.kind == "region":
            return PickCombo([], free=True)
        if spec.kind == "postal":
            return CheckedLineEdit(lambda _t: "")
        if spec.kind == "ethnicity":
            return EnumCombo([(self.tr(w), v) for w, v in ETHNICITIES], none_label=self.tr("— not given —"))
        if spec.kind == "race":
            return ChoiceChecks([(c, self.tr(RACE_WORDS[c])) for c in RACES])
        if spec.kind in ("eye", "hair"):
            codes, words = (EYE_COLORS, EYE_WORDS) if spec.kind == "eye" else (HAIR_COLORS, HAIR_WORDS)
            return EnumCombo(
                [(self.tr(words.get(c, c.capitalize())), c) for c in codes],
                none_label=self.tr("— not given —"),
            )
        if spec.kind == "feet":
            return NullableSpin(0, 8)
        if spec.kind == "inches":
            return NullableSpin(0, 11)
        if spec.kind == "pounds":
            return NullableSpin(1, 999)
        if spec.kind == "answer":
            return EnumCombo([(self.tr(w), v) for w, v in ANSWERS], none_label=self.tr("— not answered —"))
        if spec.kind == "unit_kind":
            return EnumCombo([(self.tr(w), v) for w, v in UNIT_KINDS], none_label=self.tr("— none —"))
        if spec.kind == "paroles":
            return ParoleTable(self.role.value)
        edit = QLineEdit()
        if spec.attr.startswith("passport_") and spec.attr.endswith("_name"):
            edit.setPlaceholderText(self.tr("as in the passport's machine-readable line"))
        elif spec.attr == "i94_number":
            edit.setPlaceholderText(self.tr("11 characters, on the I-94"))
        elif spec.attr == "class_of_admission":
            edit.setPlaceholderText(self.tr("as printed on the I-94, e.g. DT"))
        elif spec.attr in ("address_unit", "physical_unit"):
            edit.setPlaceholderText(self.tr("e.g. 8 (the form's box takes 6 characters)"))
        return edit

    def fill_empty_from(self, other: Person) -> list[str]:
        """Fill this form's empty fields from ``other`` (a supporter who is the requestor): what the volunteer
        typed here is never overwritten. Returns the attributes filled."""
        filled = []
        for spec in self.specs:
            if spec.kind not in ("text", "name", "country", "region", "postal", "unit_kind"):
                continue
            value = getattr(other, spec.attr, None)
            w = self.widgets[spec.attr]
            if not value or self._get(spec, None) not in (None, ""):
                continue
            self._set(w, spec, value)
            filled.append(spec.attr)
        if filled:
            self.edited.emit()
        return filled

    # ------------------------------------------------------------------ data
    def load(self, person: Person | None) -> None:
        self._person = copy.deepcopy(person) if person is not None else None
        for spec in self.specs:  # the country first sets what the region and postal fields accept
            if spec.kind == "country":
                value = getattr(person, spec.attr) if person is not None else None
                self._set(self.widgets[spec.attr], spec, value)
        for spec in self.specs:
            value = getattr(person, spec.attr) if person is not None else None
            self._set(self.widgets[spec.attr], spec, value)
        if self.physical_different is not None:
            different = person is not None and any(getattr(person, s.attr) for s in PHYSICAL)
            self.physical_different.setChecked(different)
            assert self.physical_box is not None
            self.physical_box.setVisible(different)
        if self.legacy_box is not None:
            old = person.address.strip() if person is not None else ""
            assert self.legacy_text is not None
            self.legacy_text.setText(old)
            self.legacy_box.setVisible(bool(old))

    @staticmethod
    def _set(w: QWidget, spec: Spec, value: Any) -> None:
        if isinstance(w, NullableSpin):
            w.set_or_clear(value)
        elif isinstance(w, (DateEdit, EnumCombo, PickCombo, CheckedLineEdit, ChoiceChecks, ParoleTable)):
            w.set_value(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))

    def _get(self, spec: Spec, current: Any) -> Any:
        w = self.widgets[spec.attr]
        if (
            spec in PHYSICAL
            and self.physical_different is not None
            and not self.physical_different.isChecked()
        ):
            return ""  # the same as the mailing address
        if isinstance(w, (DateEdit, PickCombo, CheckedLineEdit, ParoleTable)):
            return w.value(current)
        if isinstance(w, NullableSpin):
            return w.value_or_none()
        if isinstance(w, ChoiceChecks):
            return w.value()
        if isinstance(w, EnumCombo):
            value = w.value()
            if spec.kind == "ethnicity":
                return value or Ethnicity.UNRECORDED
            if spec.kind == "answer":
                return value or Answer.UNANSWERED
            if spec.kind == "unit_kind":
                return value or UnitKind.NONE
            if spec.kind in ("eye", "hair"):
                return value or ""
            return value or ("" if spec.kind == "sex" else None)
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value() or None
        return w.text().strip() if isinstance(w, QLineEdit) else current

    _EMPTY: tuple[object, ...] = (None, "", False, [], Ethnicity.UNRECORDED, Answer.UNANSWERED)

    def is_blank(self) -> bool:
        if self._person is not None and self._person.address.strip():
            return False  # an old one-line address is kept until its parts are confirmed
        return all(self._get(spec, None) in self._EMPTY for spec in self.specs)

    def person(self) -> Person | None:
        """The edited Person, or None when every field is empty (the beneficiary is always kept)."""
        if self.is_blank() and self.role != Role.BENEFICIARY:
            return None
        # a new person gets their uid here, once: the form keeps this Person across saves (a copy is what the
        # save stores), so every autosave names the same person (the exchange's field paths, #23)
        person = self._person if self._person is not None else Person(role=self.role, uid=uuid.uuid4().hex)
        for spec in self.specs:
            setattr(person, spec.attr, self._get(spec, getattr(person, spec.attr)))
        self._person = person
        return copy.deepcopy(person)

    def forget(self) -> None:
        """Drop the loaded person (the user emptied the form and it should disappear from the case)."""
        self._person = None

    def field_ids(self) -> dict[str, QWidget]:
        out = {f"person.{self.role.value}.{attr}": w for attr, w in self.widgets.items()}
        if self.role in ADDRESS_ROLES:  # the one-line address of format 1 is fixed in its parts
            out[f"person.{self.role.value}.address"] = (
                self.confirm_parts
                if self.confirm_parts is not None
                and self.legacy_box is not None
                and self.legacy_box.isVisibleTo(self)
                else self.widgets["address_street"]
            )
        if self.physical_different is not None:
            out[f"person.{self.role.value}.physical_address"] = self.physical_different
        return out
