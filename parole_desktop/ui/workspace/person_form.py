"""One person's editor (a group box of fields chosen per role), filling and reading a Person."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from parole_desktop.domain.enums import Role, SupporterKind, SupportForm
from parole_desktop.domain.models import Person
from parole_desktop.ui.workspace.fields import (
    DateEdit,
    EnumCombo,
    NameEdit,
    add_date_row,
    optional_spin,
    watch,
)


@dataclass(frozen=True)
class Spec:
    attr: str
    label: str
    kind: str = "text"  # name, text, date, check, sex, supporter_kind, support_form, case_link


# case id -> the beneficiary's name of that request, or None when there is no such case
CaseNamer = Callable[[int], "str | None"]

NAMES = (
    Spec("given_name", "Given name", "name"),
    Spec("family_name", "Family name", "name"),
    Spec("passport_given_name", "Given name as in the passport (Latin letters)"),
    Spec("passport_family_name", "Family name as in the passport (Latin letters)"),
)
CONTACT = (Spec("address", "Mailing address"), Spec("phone", "Phone"), Spec("email", "E-mail"))

ROLE_SPECS: dict[Role, tuple[Spec, ...]] = {
    Role.BENEFICIARY: (
        *NAMES,
        Spec("other_names", "Other names used", "name"),
        Spec("date_of_birth", "Date of birth", "date"),
        Spec("sex", "Sex", "sex"),
        Spec("citizenship", "Country of citizenship"),
        Spec("country_of_birth", "Country of birth"),
        Spec("current_country", "Country where they are now"),
        Spec("passport_number", "Passport number"),
        Spec("passport_expiry", "Passport expiry", "date"),
        Spec("a_number", "A-Number (if any)"),
        *CONTACT,
    ),
    Role.REQUESTOR: (
        *NAMES,
        Spec("relationship", "Relationship to the beneficiary"),
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
    Role.REPRESENTATIVE: (
        *NAMES,
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
        Spec("current_country", "Country where they are now"),
        Spec("linked_case_id", "Their own request (case number)", "case_link"),
    ),
    Role.PREPARER: (
        *NAMES,
        Spec("organization", "Organization"),
        Spec("phone", "Phone"),
        Spec("email", "E-mail"),
    ),
    Role.INTERPRETER: (*NAMES, Spec("language", "Language interpreted"), Spec("phone", "Phone")),
    Role.SIGNER: (*NAMES, Spec("relationship", "Parent or legal guardian (relationship)"), *CONTACT),
}

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


class PersonForm(QGroupBox):
    """Edits one Person of a given role. Unknown attributes of the loaded Person are kept untouched."""

    edited = Signal()

    def __init__(
        self, role: Role, title: str, parent: QWidget | None = None, *, case_namer: CaseNamer | None = None
    ) -> None:
        super().__init__(title, parent)
        self.role = role
        self._person: Person | None = None
        self.widgets: dict[str, QWidget] = {}
        self.link_labels: dict[str, QLabel] = {}
        self.case_namer = case_namer
        self._build_ui()

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        for spec in ROLE_SPECS[self.role]:
            w = self._make(spec)
            w.setObjectName(f"{self.role.value}_{spec.attr}")
            self.widgets[spec.attr] = w
            if spec.kind == "check":
                form.addRow("", w)
            elif spec.kind == "case_link":
                form.addRow(self.tr(spec.label), self._with_link_label(spec.attr, w))
            elif isinstance(w, DateEdit):
                add_date_row(form, self.tr(spec.label), w)
            else:
                form.addRow(self.tr(spec.label), w)
            watch(w, lambda *_: self.edited.emit())

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
                self.tr("case {n}: request of {name}").format(n=case_id, name=f"\u2068{name}\u2069")
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
        edit = QLineEdit()
        if spec.attr in ("citizenship", "country_of_birth", "current_country"):
            edit.setPlaceholderText(self.tr("e.g. AF or Afghanistan"))
        elif spec.attr.startswith("passport_") and spec.attr.endswith("_name"):
            edit.setPlaceholderText(self.tr("as in the passport's machine-readable line"))
        return edit

    # ------------------------------------------------------------------ data
    def load(self, person: Person | None) -> None:
        self._person = copy.deepcopy(person) if person is not None else None
        for spec in ROLE_SPECS[self.role]:
            value = getattr(person, spec.attr) if person is not None else None
            self._set(self.widgets[spec.attr], spec, value)

    @staticmethod
    def _set(w: QWidget, spec: Spec, value: Any) -> None:
        if isinstance(w, (DateEdit, EnumCombo)):
            w.set_value(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))

    def _get(self, spec: Spec, current: Any) -> Any:
        w = self.widgets[spec.attr]
        if isinstance(w, DateEdit):
            return w.value(current)
        if isinstance(w, EnumCombo):
            return w.value() or ("" if spec.kind == "sex" else None)
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value() or None
        return w.text().strip() if isinstance(w, QLineEdit) else current

    def is_blank(self) -> bool:
        for spec in ROLE_SPECS[self.role]:
            value = self._get(spec, None)
            if value not in (None, "", False):
                return False
        return True

    def person(self) -> Person | None:
        """The edited Person, or None when every field is empty (the beneficiary is always kept)."""
        if self.is_blank() and self.role != Role.BENEFICIARY:
            return None
        person = self._person if self._person is not None else Person(role=self.role)
        for spec in ROLE_SPECS[self.role]:
            setattr(person, spec.attr, self._get(spec, getattr(person, spec.attr)))
        self._person = person
        return copy.deepcopy(person)

    def forget(self) -> None:
        """Drop the loaded person (the user emptied the form and it should disappear from the case)."""
        self._person = None

    def field_ids(self) -> dict[str, QWidget]:
        return {f"person.{self.role.value}.{attr}": w for attr, w in self.widgets.items()}
